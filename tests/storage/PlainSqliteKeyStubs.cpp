// Stands in for a plain libsqlite3 that "accepts" a key and ignores it, which is how an
// unencrypted library fails open. Linked only into test_storage_plain_sqlite.

#include <sqlcipher/sqlite3.h>

extern "C" {

int sqlite3_key_v2(sqlite3*, const char*, const void*, int)
{
    return SQLITE_OK;
}

int sqlite3_rekey_v2(sqlite3*, const char*, const void*, int)
{
    return SQLITE_OK;
}

} // extern "C"
