#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kotva {

/// The certificates the organisation trusted explicitly (their SHA-256 digests), with a way
/// to take the trust back. It edits the form only: the list is stored with Save.
class CertificatePinList final : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePinList(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CertificatePinList)

    void setPins(const QList<QByteArray>& sha256);
    [[nodiscard]] const QList<QByteArray>& pins() const { return m_pins; }
    /// Adds a digest unless it is already there.
    void addPin(const QByteArray& sha256);

    /// "AB:CD:…" in the form certificate viewers and administrators read out.
    [[nodiscard]] static QString fingerprintText(const QByteArray& sha256);

    QListWidget* list() const { return m_list; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void pinsChanged();

private:
    void refill();
    void removeSelected();

    QList<QByteArray> m_pins;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace kotva
