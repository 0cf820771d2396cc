#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace kotva {

/// An ordered list of first names (the leads of an activity, the peers of the on-call rota):
/// type a name and press Enter or Add; remove, move up or down; double-click to correct one.
class NameListEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit NameListEditor(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NameListEditor)

    void setNames(const QStringList& names);
    [[nodiscard]] QStringList names() const;

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton* upButton() const { return m_up; }
    [[nodiscard]] QPushButton* downButton() const { return m_down; }

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTyped();
    void removeCurrent();
    void move(int by);
    void dropEmpty();
    void updateButtons();

    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace kotva
