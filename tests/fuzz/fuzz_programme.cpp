// A programme file a coordinator opens (ProgrammeJson::parse). When it loads, saving it and
// loading the saved file must give the same programme back: the app saves what it loaded
// on every edit, so a difference would change a coordinator's programme behind their back.

#include "core/schedule/ProgrammeJson.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace kotva;
using namespace kotva::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    const auto loaded = ProgrammeJson::parse(bytes(data, size), QStringLiteral("fuzz.json"));
    if (!loaded) {
        require(loaded.error().message.contains(QStringLiteral("fuzz.json")),
                "a programme error names the file");
        return 0;
    }
    const QByteArray saved = ProgrammeJson::serialize(loaded->programme);
    const auto reloaded = ProgrammeJson::parse(saved, QStringLiteral("saved.json"));
    require(reloaded.has_value(), "a saved programme loads again");
    require(reloaded->programme == loaded->programme, "saving and loading keeps the programme");
    return 0;
}
