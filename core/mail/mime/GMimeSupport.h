#pragma once

#include <memory>

// What the MIME classes share about GMime without putting GMime types into headers: the
// one-time initialisation and ownership of GObjects.

namespace kotva::gmime {

/// Initialises GMime once per process; safe to call from any thread, any number of times.
void ensureInitialised();

/// Drops one reference of a GObject (a GMimeMessage, a stream, a filter...).
void unref(void* object);

struct Unref
{
    void operator()(void* object) const { unref(object); }
};

/// A GObject owned by one reference, released when it goes out of scope.
template <typename T> using Owned = std::unique_ptr<T, Unref>;

} // namespace kotva::gmime
