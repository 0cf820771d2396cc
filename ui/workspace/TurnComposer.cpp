#include "ui/workspace/TurnComposer.h"

#include "ui/workspace/AnalysisHighlighter.h"
#include "ui/workspace/ComposerEdit.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace kotva {

TurnComposer::TurnComposer(const Analyzer& analyzer, QWidget* parent)
    : QWidget(parent)
    , m_analyzer(analyzer)
    , m_client(new QRadioButton(tr("&Client's message"), this))
    , m_worker(new QRadioButton(tr("&My reply"), this))
    , m_authors(new QButtonGroup(this))
    , m_edit(new ComposerEdit(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(tr("&Save turn"), this))
    , m_timer(new QTimer(this))
{
    m_authors->addButton(m_client, static_cast<int>(Author::Client));
    m_authors->addButton(m_worker, static_cast<int>(Author::Worker));
    m_client->setChecked(true);
    m_client->setAccessibleName(tr("The text is the client's message"));
    m_worker->setAccessibleName(tr("The text is my reply"));

    m_edit->setAccessibleName(tr("Turn text"));
    m_edit->setPlaceholderText(tr("Type or paste the text. Personal data is removed when you "
                                  "save; the original is never stored."));
    m_save->setToolTip(tr("Save the turn (Ctrl+Enter)"));
    m_save->setAccessibleName(tr("Save turn"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto* authorRow = new QHBoxLayout;
    authorRow->addWidget(new QLabel(tr("From:"), this));
    authorRow->addWidget(m_client);
    authorRow->addWidget(m_worker);
    authorRow->addStretch(1);
    authorRow->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(authorRow);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_note);

    setFocusProxy(m_edit); // focusing the composer means writing in it
    setTabOrder(m_client, m_worker);
    setTabOrder(m_worker, m_edit);
    setTabOrder(m_edit, m_save);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TurnComposer::analyseNow);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TurnComposer::scheduleAnalysis);
    connect(m_authors, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        Q_EMIT authorChanged(author());
        analyseNow(); // the same words read differently from a client and from me
    });
    connect(m_save, &QPushButton::clicked, this, &TurnComposer::saveRequested);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &TurnComposer::saveRequested);
    }
}

Author TurnComposer::author() const
{
    return m_worker->isChecked() ? Author::Worker : Author::Client;
}

void TurnComposer::setAuthor(Author author)
{
    (author == Author::Worker ? m_worker : m_client)->setChecked(true);
}

QString TurnComposer::text() const
{
    return m_edit->toPlainText();
}

void TurnComposer::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void TurnComposer::insertText(const QString& text)
{
    QTextCursor cursor = m_edit->textCursor();
    if (!m_edit->document()->isEmpty() && cursor.position() > 0 &&
        !m_edit->toPlainText().at(cursor.position() - 1).isSpace())
        cursor.insertText(QStringLiteral(" "));
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void TurnComposer::clear()
{
    m_edit->clear();
    m_timer->stop();
    m_analysis = {};
    m_edit->highlighter()->clearAnalysis();
    m_note->hide();
}

bool TurnComposer::analysisPending() const
{
    return m_timer->isActive();
}

void TurnComposer::scheduleAnalysis()
{
    const qsizetype length = m_edit->document()->characterCount();
    if (length > LiveLimit) {
        m_timer->stop();
        m_analysis = {};
        m_edit->highlighter()->clearAnalysis();
        m_note->setText(tr("This text is long, so it is not checked while you type. It is "
                           "checked, and personal data removed, when you save."));
        m_note->show();
        return;
    }
    m_note->hide();
    m_timer->start(length > LongText ? LongDebounceMs : DebounceMs);
}

void TurnComposer::analyseNow()
{
    m_timer->stop();
    const QString current = text();
    if (current.size() > LiveLimit)
        return;
    m_analysis = current.trimmed().isEmpty() ? Analysis{} : m_analyzer.analyze(current, author());
    m_edit->highlighter()->setAnalysis(m_analysis);
    Q_EMIT analysed(m_analysis, author(), current);
}

} // namespace kotva
