#pragma once

// Driving the programme editor's widgets as a person would, for widget tests.

#include "ui/schedule/NameListEditor.h"
#include "ui/schedule/ProgrammeEditorDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva::test::editor {

/// QTest::keyClicks for any text: QtTest maps only ASCII characters to keys, so the others
/// (á, č, –) arrive as a key event that carries just the text, as from an input method.
inline void typeKeys(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline void clearText(QWidget* edit)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
}

inline void typeText(QLineEdit* edit, const QString& text)
{
    clearText(edit);
    typeKeys(edit, text);
}

/// Tabs into a spin box, time or date edit (which selects the number, or the first section
/// of a time or date) and types over it. Dates are typed as digits ("12122026"): each full
/// section moves on to the next by itself, as it does for a person.
inline void typeValue(QAbstractSpinBox* edit, const QString& text)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    typeKeys(edit, text);
}

inline void click(QAbstractButton* button)
{
    ASSERT_TRUE(button->isEnabled()) << button->text().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void toggle(QCheckBox* check)
{
    QTest::keyClick(check, Qt::Key_Space);
}

/// Chooses the combo box entry whose data is `data` with Home and Down.
inline void choose(QComboBox* box, int data)
{
    const int target = box->findData(data);
    ASSERT_GE(target, 0) << data;
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    ASSERT_EQ(box->currentIndex(), target);
}

inline void clickRow(QListWidget* list, int row)
{
    QListWidgetItem* item = list->item(row);
    ASSERT_NE(item, nullptr) << row;
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    ASSERT_EQ(list->currentRow(), row);
}

inline void clickTab(QTabWidget* tabs, ProgrammeEditorDialog::Page page)
{
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(static_cast<int>(page)).center());
    ASSERT_EQ(tabs->currentIndex(), static_cast<int>(page));
}

inline void addNames(NameListEditor* editor, const QStringList& names)
{
    for (const QString& name : names) {
        typeKeys(editor->nameEdit(), name);
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
    }
}

} // namespace kotva::test::editor
