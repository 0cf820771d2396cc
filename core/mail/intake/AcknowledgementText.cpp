#include "core/mail/intake/AcknowledgementText.h"

#include "core/schedule/WorkingDays.h"

#include <QLocale>

namespace kotva {

// The texts are the organisation's words to its clients, not UI strings: they are sent in
// both languages whatever the language of Kotva's window, so they are not translated.

QString AcknowledgementText::defaultCzech()
{
    return QStringLiteral(
        "Dobrý den,\n\n"
        "děkujeme za Vaši zprávu. Tímto potvrzujeme, že jsme ji přijali. Odpovíme Vám "
        "nejpozději do {due}.\n\n"
        "Přílohy e-mailů z bezpečnostních důvodů neotevíráme. Pokud je v příloze něco, co "
        "chcete, abychom si přečetli, napište nám to prosím přímo do textu zprávy.\n\n"
        "V akutní krizi Vám e-mailem pomoci nedokážeme. Jste-li Vy nebo někdo jiný "
        "v bezprostředním ohrožení života, volejte hned 112 nebo zdravotnickou záchrannou "
        "službu 155. Kdykoli ve dne i v noci se můžete obrátit také na krizové linky: Linka "
        "první psychické pomoci 116 123, pro děti a mladé lidi Linka bezpečí 116 111.\n\n"
        "Toto je automatická zpráva; nemusíte na ni odpovídat.\n\n"
        "{organisation}");
}

QString AcknowledgementText::defaultEnglish()
{
    return QStringLiteral(
        "Hello,\n\n"
        "thank you for your message. This is to confirm that we have received it. We will "
        "answer by {due} at the latest.\n\n"
        "For your safety and ours, we do not open attachments. If an attachment holds "
        "something you would like us to read, please write it in the message itself.\n\n"
        "We cannot help with an acute crisis by e-mail. If you or someone else is in immediate "
        "danger, call 112 or the ambulance on 155 now. The crisis lines answer day and night: "
        "116 123 (psychological first aid), and 116 111 for children and young people.\n\n"
        "This message was sent automatically; there is no need to reply to it.\n\n"
        "{organisation}");
}

QString AcknowledgementText::subject()
{
    return QStringLiteral("Potvrzení přijetí Vaší zprávy / We have received your message");
}

QString AcknowledgementText::czechDate(const QDateTime& dueUtc)
{
    return dueUtc.toTimeZone(WorkingDays::pragueZone())
        .date()
        .toString(QStringLiteral("d. M. yyyy"));
}

QString AcknowledgementText::englishDate(const QDateTime& dueUtc)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(dueUtc.toTimeZone(WorkingDays::pragueZone()).date(),
                  QStringLiteral("d MMMM yyyy"));
}

QString AcknowledgementText::body(const QString& czech, const QString& english,
                                  const QDateTime& dueUtc, const QString& organisation)
{
    const auto fill = [&](QString text, const QString& due) {
        text.replace(QStringLiteral("{due}"), due);
        text.replace(QStringLiteral("{organisation}"), organisation);
        return text.trimmed();
    };
    const QString cs = fill(czech.trimmed().isEmpty() ? defaultCzech() : czech, czechDate(dueUtc));
    const QString en =
        fill(english.trimmed().isEmpty() ? defaultEnglish() : english, englishDate(dueUtc));
    return cs + QStringLiteral("\n\n-- English --\n\n") + en + u'\n';
}

} // namespace kotva
