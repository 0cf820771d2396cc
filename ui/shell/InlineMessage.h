#pragma once

#include <QFrame>

class QLabel;

namespace kotva {

/// A coloured strip inside a dialog or page that says what went wrong (or right) without
/// a modal box; hidden while it has nothing to say. Screen readers get its text too.
class InlineMessage final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Success, Warning, Error };

    explicit InlineMessage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InlineMessage)

    void setMessage(Kind kind, const QString& text);
    void showError(const QString& text) { setMessage(Kind::Error, text); }
    void clear();

    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    QLabel* m_label = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace kotva
