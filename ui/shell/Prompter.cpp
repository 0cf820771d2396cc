#include "ui/shell/Prompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace kotva {

bool MessageBoxPrompter::confirm(QWidget* parent, const Decision& decision)
{
    QMessageBox box(decision.destructive ? QMessageBox::Warning : QMessageBox::Question,
                    decision.title, decision.text, QMessageBox::NoButton, parent);
    box.setInformativeText(decision.detail);
    box.setTextFormat(Qt::PlainText);
    QPushButton* goAhead = box.addButton(decision.confirmLabel, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    // Enter must never trigger something that cannot be undone.
    box.setDefaultButton(decision.destructive ? cancel : goAhead);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == goAhead;
}

} // namespace kotva
