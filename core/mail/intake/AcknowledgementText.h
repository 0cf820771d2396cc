#pragma once

#include <QDateTime>
#include <QString>

namespace kotva {

/// The automatic reply that confirms a client's e-mail was received (seed 003). It says when
/// the answer can be expected, that attachments are not opened, and that e-mail is no help in
/// acute danger: 112 / 155 and the crisis lines are. Czech first, then English, in one
/// message, because Kotva cannot know which language the client reads.
///
/// The organisation may replace either text; `{due}` becomes the answer's due date and
/// `{organisation}` the organisation's name.
class AcknowledgementText final
{
public:
    /// Kotva's own texts (Czech, English) with the placeholders.
    [[nodiscard]] static QString defaultCzech();
    [[nodiscard]] static QString defaultEnglish();
    [[nodiscard]] static QString subject();

    /// The message body: the two texts (the defaults where `czech` or `english` is empty)
    /// with the placeholders filled in.
    [[nodiscard]] static QString body(const QString& czech, const QString& english,
                                      const QDateTime& dueUtc, const QString& organisation);

    /// The due date as each text writes it ("10. 12. 2026", "10 December 2026"), in Prague time.
    [[nodiscard]] static QString czechDate(const QDateTime& dueUtc);
    [[nodiscard]] static QString englishDate(const QDateTime& dueUtc);
};

} // namespace kotva
