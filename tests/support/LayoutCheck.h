#pragma once

// For widget tests of the quality bar (issue 12): what a person would see as broken in a
// window at a given screen size. Each problem is one line naming the widget and what is
// wrong; an empty list is a window that fits.

#include <QSize>
#include <QStringList>

class QWidget;

namespace kotva::test {

/// The window (frame included) larger than the screen; a visible control lying outside the
/// window (inside a scroll area's viewport it may be scrolled away, and is skipped); a label
/// that does not wrap, a button, or a table header section narrower than its text.
[[nodiscard]] QStringList layoutProblems(const QWidget* window, QSize screen);

} // namespace kotva::test
