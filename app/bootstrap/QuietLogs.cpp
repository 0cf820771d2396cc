#include "app/bootstrap/QuietLogs.h"

#include <QLoggingCategory>

#include <cstring>

namespace kotva {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

/// Categories whose messages quote widget texts or input.
bool revealsText(const char* category)
{
    static const char* const prefixes[] = {"qt.accessibility", "qt.qpa.input", "qt.text",
                                           "qt.qpa.clipboard", "qt.widgets.textedit"};
    for (const char* prefix : prefixes)
        if (std::strncmp(category, prefix, std::strlen(prefix)) == 0)
            return true;
    return false;
}

void filter(QLoggingCategory* category)
{
    // The rules (environment, configuration) decide first; these categories are then off
    // at every level, whatever they decided.
    if (previousFilter)
        previousFilter(category);
    if (revealsText(category->categoryName())) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, false);
    }
}

} // namespace

void keepClientTextOutOfLogs()
{
    if (previousFilter == nullptr)
        previousFilter = QLoggingCategory::installFilter(filter);
}

} // namespace kotva
