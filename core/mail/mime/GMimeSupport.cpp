#include "core/mail/mime/GMimeSupport.h"

#include <gmime/gmime.h>

namespace kotva::gmime {

void ensureInitialised()
{
    // A function-local static: C++ guarantees one initialisation even under concurrent
    // first calls, which g_mime_init() itself does not.
    static const bool initialised = [] {
        g_mime_init();
        return true;
    }();
    (void)initialised;
}

void unref(void* object)
{
    if (object)
        g_object_unref(object);
}

} // namespace kotva::gmime
