#include "core/analysis/text/CategoryIds.h"

#include <QHash>
#include <QString>

#include <mutex>

namespace kotva {

int internCategory(QStringView category)
{
    // Matchers are compiled (and tables built) from any thread, rarely: a lock is cheap.
    static std::mutex mutex;
    static QHash<QString, int> ids;
    const std::scoped_lock lock(mutex);
    const QString key = category.toString();
    const auto it = ids.constFind(key);
    if (it != ids.cend())
        return it.value();
    const int id = int(ids.size());
    ids.insert(key, id);
    return id;
}

} // namespace kotva
