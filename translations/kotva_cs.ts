<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>kotva::AccessGate</name>
    <message>
        <source>Contacts and e-mail counselling are for peer workers. Your roles in this team do not include it; the team lead can change them.</source>
        <translation>Kontakty a e-mailové poradenství jsou pro peer pracovníky. Vaše role v týmu je nezahrnují; vedoucí týmu je může změnit.</translation>
    </message>
    <message>
        <source>Supervision notes are written by peer workers. Your roles in this team do not include it; the team lead can change them.</source>
        <translation>Poznámky pro supervizi píšou peer pracovníci. Vaše role v týmu je nezahrnují; vedoucí týmu je může změnit.</translation>
    </message>
    <message>
        <source>The notes shared for team supervision are for the team&apos;s peer workers and its team lead.</source>
        <translation>Poznámky sdílené pro týmovou supervizi jsou pro peer pracovníky týmu a vedoucího týmu.</translation>
    </message>
    <message>
        <source>Arranging the team supervision agenda and reading the access log are for the team lead.</source>
        <translation>Sestavit program týmové supervize a číst záznam přístupů může jen vedoucí týmu.</translation>
    </message>
    <message>
        <source>The team&apos;s figures are for the team lead and the coordinator.</source>
        <translation>Čísla týmu jsou pro vedoucího týmu a koordinátora.</translation>
    </message>
    <message>
        <source>Only a coordinator changes the group programme; everyone can read it.</source>
        <translation>Program skupin mění jen koordinátor; číst ho může každý.</translation>
    </message>
    <message>
        <source>Only the team lead adds and removes members and sets their roles.</source>
        <translation>Členy přidává a odebírá a jejich role nastavuje jen vedoucí týmu.</translation>
    </message>
    <message>
        <source>Notes shared for individual supervision are for the team lead who supervises.</source>
        <translation>Poznámky sdílené pro individuální supervizi jsou pro vedoucího týmu, který supervizi vede.</translation>
    </message>
</context>
<context>
    <name>kotva::AccessLog</name>
    <message>
        <source>The access log could not be read or written in the vault.</source>
        <translation>Záznam přístupů se nepodařilo načíst z trezoru nebo do něj zapsat.</translation>
    </message>
    <message>
        <source>Unlocked the vault</source>
        <translation>Odemkl/a trezor</translation>
    </message>
    <message>
        <source>Opened the team supervision agenda</source>
        <translation>Otevřel/a program týmové supervize</translation>
    </message>
    <message>
        <source>Saved or printed the team supervision agenda</source>
        <translation>Uložil/a nebo vytiskl/a program týmové supervize</translation>
    </message>
    <message>
        <source>Saved the notes for individual supervision</source>
        <translation>Uložil/a poznámky pro individuální supervizi</translation>
    </message>
    <message>
        <source>Opened a note shared for individual supervision</source>
        <translation>Otevřel/a poznámku sdílenou pro individuální supervizi</translation>
    </message>
</context>
<context>
    <name>kotva::AcknowledgementEditor</name>
    <message>
        <source>Every client gets this reply once, in Czech and in English. Whatever you write, it must keep saying when the answer will come ({due}), that attachments are not opened, and that in acute danger 112 or 155 and the crisis lines help at once: e-mail cannot. {organisation} becomes your organisation&apos;s name.</source>
        <translation>Každý klient dostane tuto odpověď jednou, česky a anglicky. Ať napíšete cokoli, musí v ní dál stát, kdy přijde odpověď ({due}), že přílohy se neotevírají a že v akutním nebezpečí pomohou hned 112 nebo 155 a krizové linky: e-mail to nedokáže. Místo {organisation} se doplní název vaší organizace.</translation>
    </message>
    <message>
        <source>&amp;Czech text:</source>
        <translation>Č&amp;eský text:</translation>
    </message>
    <message>
        <source>&amp;English text:</source>
        <translation>&amp;Anglický text:</translation>
    </message>
    <message>
        <source>&amp;Preview: the reply to a message that arrived just now</source>
        <translation>&amp;Náhled: odpověď na zprávu, která právě přišla</translation>
    </message>
    <message>
        <source>Restore &amp;default</source>
        <translation>Obnovit &amp;výchozí</translation>
    </message>
    <message>
        <source>An empty text is replaced by Kotva&apos;s default.</source>
        <translation>Prázdný text se nahradí výchozím textem Kotvy.</translation>
    </message>
    <message>
        <source>{due} is missing: the client would not learn when the answer comes.</source>
        <translation>Chybí {due}: klient by se nedozvěděl, kdy přijde odpověď.</translation>
    </message>
    <message>
        <source>112 is missing: the client would not learn where to turn in acute danger.</source>
        <translation>Chybí 112: klient by se nedozvěděl, kam se obrátit v akutním nebezpečí.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Předmět: %1</translation>
    </message>
</context>
<context>
    <name>kotva::ActivitiesEditor</name>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nová aktivita</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikovat</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ode&amp;brat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivity</translation>
    </message>
    <message>
        <source>Activity %1 (no title)</source>
        <translation>Aktivita č. %1 (bez názvu)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
</context>
<context>
    <name>kotva::ActivityForm</name>
    <message>
        <source>starts at</source>
        <translation>začíná v</translation>
    </message>
    <message>
        <source>e.g. Support group</source>
        <translation>např. Podpůrná skupina</translation>
    </message>
    <message>
        <source>one or two sentences for the printed programme</source>
        <translation>jedna nebo dvě věty pro tištěný program</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no break</source>
        <translation>bez přestávky</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>neomezeno</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Break starts at</source>
        <translation>Přestávka začíná v</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ná&amp;zev:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Ča&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation>Př&amp;estávka:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Místo:</translation>
    </message>
    <message>
        <source>&amp;Capacity (places):</source>
        <translation>&amp;Kapacita (míst):</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>Vedo&amp;ucí:</translation>
    </message>
    <message>
        <source>When it takes place</source>
        <translation>Kdy se koná</translation>
    </message>
    <message>
        <source>The identifier is made from the title.</source>
        <translation>Identifikátor se vytvoří z názvu.</translation>
    </message>
    <message>
        <source>Identifier: %1 (stays when the title changes; calendar entries use it)</source>
        <translation>Identifikátor: %1 (při změně názvu zůstává; používají ho položky v kalendáři)</translation>
    </message>
    <message>
        <source>the public programme</source>
        <translation>veřejný program</translation>
    </message>
    <message>
        <source>team supervision (internal)</source>
        <translation>týmová supervize (interní)</translation>
    </message>
    <message>
        <source>individual supervision (internal)</source>
        <translation>individuální supervize (interní)</translation>
    </message>
    <message>
        <source>Internal dates are shown to the team in Kotva and never appear in the printed, posted or published programme.</source>
        <translation>Interní termíny vidí tým v Kotvě a nikdy se neobjeví ve vytištěném, sdíleném ani zveřejněném programu.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pro:</translation>
    </message>
</context>
<context>
    <name>kotva::AgendaExport</name>
    <message>
        <source>☑ Discussed</source>
        <translation>☑ Probráno</translation>
    </message>
    <message>
        <source>☐ To discuss</source>
        <translation>☐ K probrání</translation>
    </message>
    <message>
        <source> · contact %1</source>
        <translation> · kontakt %1</translation>
    </message>
    <message>
        <source> · added by the team lead</source>
        <translation> · přidal/a vedoucí týmu</translation>
    </message>
    <message>
        <source>Team supervision · %1</source>
        <translation>Týmová supervize · %1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared in Kotva on %1 · %n item(s), %2 discussed</source>
        <translation>
            <numerusform>Připraveno v Kotvě %1 · %n bod, probráno %2</numerusform>
            <numerusform>Připraveno v Kotvě %1 · %n body, probráno %2</numerusform>
            <numerusform>Připraveno v Kotvě %1 · %n bodů, probráno %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No note was shared for team supervision this month, and no item was added.</source>
        <translation>Tento měsíc nikdo nesdílel poznámku pro týmovou supervizi a nebyl přidán žádný bod.</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Dohodnuto: %1</translation>
    </message>
    <message>
        <source>The month&apos;s figures</source>
        <translation>Čísla měsíce</translation>
    </message>
    <message>
        <source>Nothing was counted in this month.</source>
        <translation>V tomto měsíci se nic nezapočítalo.</translation>
    </message>
    <message>
        <source>Counts of one or two are shown as “&lt; 3”, so that a small number does not point at a person.</source>
        <translation>Počty jedna a dvě jsou uvedeny jako „&lt; 3“, aby malé číslo neukazovalo na konkrétního člověka.</translation>
    </message>
    <message>
        <source>The agenda could not be printed.</source>
        <translation>Program supervize se nepodařilo vytisknout.</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · strana %2</translation>
    </message>
    <message>
        <source>Individual supervision · my notes</source>
        <translation>Individuální supervize · moje poznámky</translation>
    </message>
    <message numerus="yes">
        <source>Prepared in Kotva on %1 · %n note(s) shared for individual supervision</source>
        <translation>
            <numerusform>Připraveno v Kotvě %1 · %n poznámka sdílená pro individuální supervizi</numerusform>
            <numerusform>Připraveno v Kotvě %1 · %n poznámky sdílené pro individuální supervizi</numerusform>
            <numerusform>Připraveno v Kotvě %1 · %n poznámek sdílených pro individuální supervizi</numerusform>
        </translation>
    </message>
    <message>
        <source>No note is shared for individual supervision.</source>
        <translation>Žádná poznámka není sdílená pro individuální supervizi.</translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation>Individuální supervize</translation>
    </message>
    <message>
        <source> · shared by %1</source>
        <translation> · sdílel/a %1</translation>
    </message>
    <message>
        <source> · shared anonymously</source>
        <translation> · sdíleno anonymně</translation>
    </message>
</context>
<context>
    <name>kotva::AgendaPane</name>
    <message>
        <source>Item</source>
        <translation>Bod</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Probráno</translation>
    </message>
    <message>
        <source>The agenda by kind</source>
        <translation>Program podle druhu</translation>
    </message>
    <message>
        <source>Team supervision</source>
        <translation>Týmová supervize</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Měsíc:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>The notes workers shared for team supervision in the month, by kind. The printed agenda ends with the month&apos;s figures, where one or two read “&lt; 3”.</source>
        <translation>Poznámky, které pracovníci v daném měsíci sdíleli pro týmovou supervizi, podle druhu. Vytištěný program končí čísly měsíce, kde jsou počty jedna a dvě uvedeny jako „&lt; 3“.</translation>
    </message>
    <message>
        <source>The chosen item</source>
        <translation>Vybraný bod</translation>
    </message>
    <message>
        <source>&amp;Discussed</source>
        <translation>&amp;Probráno</translation>
    </message>
    <message>
        <source>What the team agreed, in a sentence or two (no names: they are removed before saving)</source>
        <translation>Na čem se tým dohodl, jednou dvěma větami (bez jmen: před uložením se odstraní)</translation>
    </message>
    <message>
        <source>What was &amp;agreed:</source>
        <translation>Na čem jsme se &amp;dohodli:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Posunout &amp;nahoru</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Posunout &amp;dolů</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Only items the team lead added can be removed; a shared note stays while its author shares it.</source>
        <translation>Odebrat lze jen body, které přidal/a vedoucí týmu; sdílená poznámka zůstává, dokud ji autor sdílí.</translation>
    </message>
    <message>
        <source>A theme for the team, without names</source>
        <translation>Téma pro tým, bez jmen</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Přidat &amp;bod</translation>
    </message>
    <message>
        <source>No note was shared for team supervision in %1 yet. Items can be added below.</source>
        <translation>V měsíci %1 zatím nikdo nesdílel poznámku pro týmovou supervizi. Body můžete přidat níže.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>Choose an item to mark it discussed or to move it.</source>
        <translation>Vyberte bod, který chcete označit jako probraný nebo posunout.</translation>
    </message>
    <message>
        <source>A note shared for team supervision</source>
        <translation>Poznámka sdílená pro týmovou supervizi</translation>
    </message>
    <message>
        <source>Added by the team lead</source>
        <translation>Přidal/a vedoucí týmu</translation>
    </message>
    <message>
        <source> · contact %1</source>
        <translation> · kontakt %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Uloženo do %1.</translation>
    </message>
    <message>
        <source>team-supervision-%1.pdf</source>
        <translation>tymova-supervize-%1.pdf</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Uložit program supervize jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 v %2</translation>
    </message>
    <message>
        <source>The group programme has no team supervision in %1. Add the date there as an internal event: the team sees it, the public programme never does.</source>
        <translation>Program skupin nemá v měsíci %1 žádnou týmovou supervizi. Přidejte tam termín jako interní událost: tým ho uvidí, veřejný program nikdy.</translation>
    </message>
    <message>
        <source>Team supervision: %1</source>
        <translation>Týmová supervize: %1</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>Záznam &amp;přístupů…</translation>
    </message>
    <message>
        <source>Who unlocked the vault and who opened or printed what was shared for supervision, and when. No content.</source>
        <translation>Kdo odemkl trezor a kdo otevřel nebo vytiskl, co bylo sdíleno pro supervizi, a kdy. Bez obsahu.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Záznam přístupů</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>the vault&apos;s user</source>
        <translation>uživatel trezoru</translation>
    </message>
    <message>
        <source>No content is logged, only who did what and when. The log expires with the records.</source>
        <translation>Nezaznamenává se žádný obsah, jen kdo co udělal a kdy. Záznam zaniká spolu s ostatními záznamy.</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Sdílel/a</translation>
    </message>
    <message>
        <source>No note was shared for team supervision in %1 yet.</source>
        <translation>Pro týmovou supervizi za %1 zatím nikdo nesdílel žádnou poznámku.</translation>
    </message>
    <message>
        <source>Choose an item to read it and what was agreed.</source>
        <translation>Vyberte bod a přečtěte si ho i to, na čem se tým dohodl.</translation>
    </message>
    <message>
        <source>A note %1 shared for team supervision</source>
        <translation>Poznámka, kterou %1 sdílel/a pro týmovou supervizi</translation>
    </message>
    <message>
        <source>A note shared for team supervision anonymously</source>
        <translation>Poznámka sdílená pro týmovou supervizi anonymně</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>vedoucí týmu</translation>
    </message>
    <message>
        <source>anonymously</source>
        <translation>anonymně</translation>
    </message>
</context>
<context>
    <name>kotva::AnalysisHighlighter</name>
    <message>
        <source>Boundary: %1</source>
        <translation>Hranice role: %1</translation>
    </message>
    <message>
        <source>Personal data: %1. It is removed before the text is saved.</source>
        <translation>Osobní údaj: %1. Před uložením textu se odstraní.</translation>
    </message>
    <message>
        <source>Danger signal: %1 (%2)</source>
        <translation>Signál ohrožení: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kotva::AppController</name>
    <message>
        <source>Encrypted · SQLCipher %1 · %2</source>
        <translation>Šifrováno · SQLCipher %1 · %2</translation>
    </message>
    <message>
        <source>Is today&apos;s date right?</source>
        <translation>Je dnešní datum správně?</translation>
    </message>
    <message numerus="yes">
        <source>The computer&apos;s clock says %1, %n day(s) after this vault was last used (%2). If the date is right, Kotva now deletes everything that has expired since.</source>
        <translation>
            <numerusform>Hodiny počítače ukazují %1, %n den po posledním použití trezoru (%2). Je-li datum správně, Kotva teď smaže vše, čemu mezitím vypršela lhůta.</numerusform>
            <numerusform>Hodiny počítače ukazují %1, %n dny po posledním použití trezoru (%2). Je-li datum správně, Kotva teď smaže vše, čemu mezitím vypršela lhůta.</numerusform>
            <numerusform>Hodiny počítače ukazují %1, %n dní po posledním použití trezoru (%2). Je-li datum správně, Kotva teď smaže vše, čemu mezitím vypršela lhůta.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the date is wrong, choose Cancel and set the clock: nothing is deleted until the date is confirmed.</source>
        <translation>Pokud datum správně není, zvolte Zrušit a nastavte hodiny: dokud datum nepotvrdíte, nic se nesmaže.</translation>
    </message>
    <message>
        <source>The date is right</source>
        <translation>Datum je správně</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Plánovaná záloha se nepodařila: %1</translation>
    </message>
    <message>
        <source>Choose your own passphrase</source>
        <translation>Zvolte si vlastní heslo</translation>
    </message>
    <message>
        <source>The team lead gave you a first passphrase. Choose your own now, one that only you know: from now on you unlock the vault with it.</source>
        <translation>Vedoucí týmu vám dal první heslo. Zvolte si teď vlastní, které znáte jen vy: odteď budete trezor odemykat jím.</translation>
    </message>
</context>
<context>
    <name>kotva::BackupController</name>
    <message>
        <source>Folder for the backups</source>
        <translation>Složka pro zálohy</translation>
    </message>
    <message>
        <source>The folder %1 is not there. Is the disk connected?</source>
        <translation>Složka %1 neexistuje. Je disk připojený?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Zálohováno do %1.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Obnovit zálohu?</translation>
    </message>
    <message>
        <source>Everything in this vault is replaced with the backup of %1. What was written since then is lost.</source>
        <translation>Celý obsah tohoto trezoru se nahradí zálohou z %1. Co se od té doby zapsalo, bude ztraceno.</translation>
    </message>
    <message>
        <source>What has expired since the backup was made is deleted too. Kotva locks afterwards; unlock it to see the restored vault.</source>
        <translation>Smaže se i to, čemu od vytvoření zálohy vypršela lhůta. Kotva se potom zamkne; obnovený trezor uvidíte po odemčení.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
</context>
<context>
    <name>kotva::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of this vault in a folder you choose, such as a USB disk or a network folder. It has a passphrase of its own, so it can be restored even on another computer. Keep that passphrase apart from the disk.</source>
        <translation>Záloha je šifrovaná kopie tohoto trezoru ve složce, kterou zvolíte, třeba na USB disku nebo ve sdílené složce. Má vlastní heslo, takže ji lze obnovit i na jiném počítači. Heslo uchovávejte odděleně od disku.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Zálohování</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Složka není zvolená</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Zvolit…</translation>
    </message>
    <message>
        <source>Only when I click &quot;Back up now&quot;</source>
        <translation>Jen když kliknu na „Zálohovat teď“</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Každý den</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Každý týden</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> nejnovějších záloh</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Zálohovat &amp;teď</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>S&amp;ložka:</translation>
    </message>
    <message>
        <source>&amp;Automatically:</source>
        <translation>&amp;Automaticky:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Ponechat:</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Obnovení</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this vault with the backup. What has expired since the backup was made is deleted before you see it. Kotva locks afterwards.</source>
        <translation>Obnovení nahradí celý obsah tohoto trezoru zálohou. Co od vytvoření zálohy vypršelo, se smaže dřív, než to uvidíte. Kotva se potom zamkne.</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Obnovit zvolenou zálohu…</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>&amp;Heslo zálohy:</translation>
    </message>
    <message>
        <source>Set. Type a new one below only to change it; older backups keep theirs.</source>
        <translation>Nastaveno. Nové zadejte níže, jen pokud ho chcete změnit; starší zálohy si ponechají své.</translation>
    </message>
    <message>
        <source>Not set yet: type one below. Backups cannot be made without it.</source>
        <translation>Zatím nenastaveno: zadejte ho níže. Bez něj nelze zálohovat.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Poslední záloha: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Zatím žádná záloha.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups in the folder.</source>
        <translation>Ve složce nejsou žádné zálohy.</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Heslo záloh:</translation>
    </message>
</context>
<context>
    <name>kotva::BackupService</name>
    <message>
        <source>Backups run daily, weekly or on demand.</source>
        <translation>Zálohy se dělají denně, týdně nebo na požádání.</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least %1 characters.</source>
        <translation>Heslo zálohy musí mít alespoň %1 znaků.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation>Nejdřív zvolte složku pro zálohy.</translation>
    </message>
    <message>
        <source>Set a backup passphrase first.</source>
        <translation>Nejdřív nastavte heslo zálohy.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Zadejte heslo zálohy.</translation>
    </message>
</context>
<context>
    <name>kotva::BoundaryClassifier</name>
    <message>
        <source>The thresholds of %1 are damaged.</source>
        <translation>Prahy modelu %1 jsou poškozené.</translation>
    </message>
    <message>
        <source>The boundary classifier&apos;s model is missing.</source>
        <translation>Chybí model klasifikátoru hranic.</translation>
    </message>
    <message>
        <source>The draft as a whole reads like drafts that cross this boundary, though no single phrase decided it. Read it again: %1</source>
        <translation>Koncept jako celek se podobá konceptům, které tuto hranici překračují, i když o tom nerozhodla žádná jednotlivá formulace. Přečtěte si ho ještě jednou: %1</translation>
    </message>
    <message>
        <source>The message as a whole reads like requests of this kind, though no single phrase decided it. Read it again: %1</source>
        <translation>Zpráva jako celek se podobá žádostem tohoto druhu, i když o tom nerozhodla žádná jednotlivá formulace. Přečtěte si ji ještě jednou: %1</translation>
    </message>
    <message>
        <source>The model %1 is damaged.</source>
        <translation>Model %1 je poškozený.</translation>
    </message>
</context>
<context>
    <name>kotva::BoundaryNotice</name>
    <message>
        <source>&amp;Edit the draft</source>
        <translation>Upravit konc&amp;ept</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Přesto o&amp;deslat</translation>
    </message>
    <message>
        <source>&amp;Insert into my reply</source>
        <translation>&amp;Vložit do mé odpovědi</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>Save the reply as it is. Kotva counts this anonymously for supervision; nothing about the client is recorded.</source>
        <translation>Uloží odpověď tak, jak je. Kotva to anonymně započítá pro supervizi; o klientovi/klientce se nic nezaznamená.</translation>
    </message>
    <message>
        <source>Your reply crosses a boundary of the peer role: %1</source>
        <translation>Vaše odpověď překračuje hranici peer role: %1</translation>
    </message>
    <message>
        <source>The client asks for something peers do not give. You can explain why not and where to go instead:</source>
        <translation>Klient/ka žádá něco, co peer pracovníci neposkytují. Můžete vysvětlit proč a kam se obrátit jinam:</translation>
    </message>
    <message>
        <source>You could write instead: %1</source>
        <translation>Místo toho můžete napsat: %1</translation>
    </message>
    <message>
        <source>Suggested answer: %1</source>
        <translation>Navržená odpověď: %1</translation>
    </message>
    <message>
        <source>Your reply returns to a topic the client stopped: %1</source>
        <translation>Vaše odpověď se vrací k tématu, které klient/ka zastavil/a: %1</translation>
    </message>
    <message>
        <source>The client said STOP to this topic. Clients may end any topic at any time; come back to it only when the client does.</source>
        <translation>Klient/ka u tohoto tématu řekl/a STOP. Každé téma může kdykoli ukončit; vraťte se k němu, jen když s ním sám/sama znovu začne.</translation>
    </message>
</context>
<context>
    <name>kotva::BoundaryTexts</name>
    <message>
        <source>This draft names a diagnosis. Peer workers do not diagnose; only a psychiatrist or a psychologist can.</source>
        <translation>Tento návrh uvádí diagnózu. Peer pracovníci nediagnostikují; to může jen psychiatr nebo psycholog.</translation>
    </message>
    <message>
        <source>This draft advises on medication (taking, changing or stopping it). Peer workers give no medical advice.</source>
        <translation>Tento návrh radí ohledně léků (jak je užívat, měnit nebo vysadit). Peer pracovníci nedávají zdravotnické rady.</translation>
    </message>
    <message>
        <source>This draft gives legal or social-law advice. The peer service does not provide legal counselling.</source>
        <translation>Tento návrh dává právní nebo sociálněprávní radu. Peer služba neposkytuje právní poradenství.</translation>
    </message>
    <message>
        <source>This draft offers therapy or treatment. Peer support is not psychotherapy.</source>
        <translation>Tento návrh nabízí terapii nebo léčbu. Peer podpora není psychoterapie.</translation>
    </message>
    <message>
        <source>This draft decides for the client. Clients make their own decisions; the peer does not take that responsibility from them.</source>
        <translation>Tento návrh rozhoduje za klienta. Klienti se rozhodují sami; peer pracovník jim tuto odpovědnost nebere.</translation>
    </message>
    <message>
        <source>This draft offers to contact someone for the client. Peer workers do not contact other people or services on the client&apos;s behalf.</source>
        <translation>Tento návrh nabízí, že za klienta někoho kontaktuje. Peer pracovníci nekontaktují jiné lidi ani služby jménem klienta.</translation>
    </message>
    <message>
        <source>This draft asks for personal data. The service is anonymous: a first name or a pseudonym is enough.</source>
        <translation>Tento návrh žádá osobní údaje. Služba je anonymní: stačí křestní jméno nebo přezdívka.</translation>
    </message>
    <message>
        <source>This draft moves the contact into private life (a private meeting, a private number, social-media friendship). Peer workers keep contact within the service.</source>
        <translation>Tento návrh přenáší kontakt do soukromého života (soukromá schůzka, soukromé číslo, přátelství na sociálních sítích). Peer pracovníci udržují kontakt v rámci služby.</translation>
    </message>
    <message>
        <source>This draft carries what was said in the group, or by another client, outside of it. What is said in the group stays in the group.</source>
        <translation>Tento návrh vynáší ven to, co zaznělo ve skupině nebo co řekl jiný klient. Co zazní ve skupině, zůstává ve skupině.</translation>
    </message>
    <message>
        <source>The client asks for a diagnosis.</source>
        <translation>Klient žádá o diagnózu.</translation>
    </message>
    <message>
        <source>The client asks for advice on medication.</source>
        <translation>Klient žádá o radu ohledně léků.</translation>
    </message>
    <message>
        <source>The client asks for legal or social-law advice.</source>
        <translation>Klient žádá o právní nebo sociálněprávní radu.</translation>
    </message>
    <message>
        <source>The client asks for therapy.</source>
        <translation>Klient žádá o terapii.</translation>
    </message>
    <message>
        <source>The client asks the worker to decide for them.</source>
        <translation>Klient chce, aby pracovník rozhodl za něj.</translation>
    </message>
    <message>
        <source>The client asks the worker to contact someone for them.</source>
        <translation>Klient chce, aby pracovník za něj někoho kontaktoval.</translation>
    </message>
    <message>
        <source>The client asks for personal data.</source>
        <translation>Klient chce znát osobní údaje.</translation>
    </message>
    <message>
        <source>The client asks for a private contact or meeting.</source>
        <translation>Klient žádá o soukromý kontakt nebo schůzku.</translation>
    </message>
    <message>
        <source>The client asks about what someone else said in the group.</source>
        <translation>Klient se ptá, co ve skupině řekl někdo jiný.</translation>
    </message>
    <message>
        <source>Say what you hear instead (&quot;that sounds really hard&quot;) and, if the client wants to know more, suggest a psychiatrist or a psychologist.</source>
        <translation>Řekněte místo toho, co slyšíte („to zní opravdu těžce“), a pokud chce klient vědět víc, navrhněte psychiatra nebo psychologa.</translation>
    </message>
    <message>
        <source>Suggest that the client talks about their medication with their doctor or psychiatrist. You may share your own experience without recommending anything.</source>
        <translation>Navrhněte klientovi, aby o svých lécích mluvil se svým lékařem nebo psychiatrem. Můžete sdílet vlastní zkušenost, aniž byste cokoli doporučovali.</translation>
    </message>
    <message>
        <source>Point the client to a citizens&apos; advice bureau (občanská poradna), a legal advice centre or a lawyer.</source>
        <translation>Nasměrujte klienta do občanské poradny, do právní poradny nebo k advokátovi.</translation>
    </message>
    <message>
        <source>Offer listening and your own experience; for therapy, suggest the client&apos;s therapist or a psychotherapist.</source>
        <translation>Nabídněte naslouchání a vlastní zkušenost; s terapií odkažte klienta na jeho terapeuta nebo na psychoterapeuta.</translation>
    </message>
    <message>
        <source>Help the client look at their options and ask what they want, instead of telling them what to do.</source>
        <translation>Pomozte klientovi projít jeho možnosti a zeptejte se, co chce on sám, místo abyste mu říkali, co má dělat.</translation>
    </message>
    <message>
        <source>Give the client the contact and, if they want, help them prepare what to say.</source>
        <translation>Dejte klientovi kontakt, a pokud chce, pomozte mu připravit si, co řekne.</translation>
    </message>
    <message>
        <source>Remove the request: do not ask for surnames, addresses, phone numbers or birth numbers.</source>
        <translation>Žádost odstraňte: neptejte se na příjmení, adresy, telefonní čísla ani rodná čísla.</translation>
    </message>
    <message>
        <source>Keep to the service&apos;s channels and programme: the group, the club, trips and the service phone.</source>
        <translation>Držte se kanálů a programu služby: skupina, klub, výlety a telefon služby.</translation>
    </message>
    <message>
        <source>Do not pass it on. If something worries you, bring it to supervision without names.</source>
        <translation>Nepředávejte to dál. Pokud vás něco znepokojuje, přineste to bez jmen na supervizi.</translation>
    </message>
    <message>
        <source>We cannot diagnose: peer workers are not doctors or psychologists. A psychiatrist, a psychologist or your general practitioner can assess it.</source>
        <translation>Diagnózu stanovit nemůžeme: peer pracovníci nejsou lékaři ani psychologové. Posoudit to může psychiatr, psycholog nebo váš praktický lékař.</translation>
    </message>
    <message>
        <source>We cannot advise on medication; only a doctor can. Please ask your psychiatrist or general practitioner, or a pharmacist. If it is urgent, call 155.</source>
        <translation>S léky vám poradit nemůžeme; to může jen lékař. Zeptejte se prosím svého psychiatra, praktického lékaře nebo lékárníka. Pokud je to naléhavé, volejte 155.</translation>
    </message>
    <message>
        <source>We do not give legal or social-law advice. A citizens&apos; advice bureau (občanská poradna), a legal advice centre or a lawyer can help; the Czech Bar Association can appoint free legal aid.</source>
        <translation>Právní ani sociálněprávní rady neposkytujeme. Pomoci může občanská poradna, právní poradna nebo advokát; Česká advokátní komora může určit advokáta pro bezplatnou právní pomoc.</translation>
    </message>
    <message>
        <source>We cannot provide therapy: peer support is sharing experience, not treatment. A psychotherapist, your psychiatrist or a crisis centre can.</source>
        <translation>Terapii poskytnout nemůžeme: peer podpora je sdílení zkušeností, ne léčba. To může psychoterapeut, váš psychiatr nebo krizové centrum.</translation>
    </message>
    <message>
        <source>We cannot decide for you; the decision is yours. We can help you think through the options and what matters to you.</source>
        <translation>Nemůžeme rozhodnout za vás; rozhodnutí je na vás. Můžeme vám pomoci promyslet možnosti a to, na čem vám záleží.</translation>
    </message>
    <message>
        <source>We do not contact other people or services for clients. We can give you the contact and help you prepare what to say.</source>
        <translation>Jiné lidi ani služby za klienty nekontaktujeme. Můžeme vám dát kontakt a pomoci vám připravit si, co řeknete.</translation>
    </message>
    <message>
        <source>The service is anonymous on both sides: we do not share personal data of peer workers or of other clients.</source>
        <translation>Služba je anonymní na obou stranách: osobní údaje peer pracovníků ani jiných klientů nesdílíme.</translation>
    </message>
    <message>
        <source>Peer workers keep contact within the service: the group, the club, trips and the service phone. We do not meet privately or connect on social media.</source>
        <translation>Peer pracovníci udržují kontakt v rámci služby: ve skupině, v klubu, na výletech a přes telefon služby. Soukromě se nescházíme ani se nespojujeme na sociálních sítích.</translation>
    </message>
    <message>
        <source>What is said in the group stays in the group, for everyone&apos;s safety, yours included.</source>
        <translation>Co zazní ve skupině, zůstává ve skupině – kvůli bezpečí všech, včetně vás.</translation>
    </message>
    <message>
        <source>This draft promises secrecy without exception, even if the client&apos;s life were in danger. Confidentiality in the service ends where a life is at stake.</source>
        <translation>Tento návrh slibuje mlčenlivost bez výjimky, i kdyby byl klient v ohrožení života. Důvěrnost ve službě končí tam, kde jde o život.</translation>
    </message>
    <message>
        <source>The client asks for a promise of secrecy even if their life were in danger.</source>
        <translation>Klient žádá slib mlčenlivosti i pro případ, že by mu šlo o život.</translation>
    </message>
    <message>
        <source>This draft says that the client&apos;s story was passed on to someone outside the service. What a client shares stays in the service.</source>
        <translation>Tento návrh říká, že klientův příběh se dostal k někomu mimo službu. Co klient sdílí, zůstává ve službě.</translation>
    </message>
    <message>
        <source>The client offers their own personal data.</source>
        <translation>Klient nabízí své osobní údaje.</translation>
    </message>
    <message>
        <source>Say that what the client writes stays in the service, and that if their life or someone else&apos;s were in danger you would act and tell them first.</source>
        <translation>Napište, že to, co klient píše, zůstává ve službě, a že kdyby šlo o jeho život nebo o život někoho jiného, jednali byste a nejdřív by se to dozvěděl on.</translation>
    </message>
    <message>
        <source>What you write stays in the service. But if your life or someone else&apos;s were in danger, we could not keep silent: we would tell you first and look for help together. Urgent help: 112, 155 or a crisis line such as 116 123.</source>
        <translation>To, co napíšete, zůstává ve službě. Kdyby ale šlo o váš život nebo o život někoho jiného, zůstat potichu by nešlo: nejdřív bychom to řekli vám a pomoc hledali spolu. Rychlá pomoc: 112, 155 nebo krizová linka, třeba 116 123.</translation>
    </message>
    <message>
        <source>Do not tell anyone outside the service about the client. If you need to talk it through, bring it to supervision without names.</source>
        <translation>O klientovi nemluvte s nikým mimo službu. Pokud to potřebujete probrat, přineste to bez jmen na supervizi.</translation>
    </message>
    <message>
        <source>You do not need to send us your personal data: the service is anonymous, a first name or a nickname is enough. Please leave out birth numbers, addresses, account numbers and photos of documents.</source>
        <translation>Osobní údaje nám posílat nemusíte: služba je anonymní, stačí křestní jméno nebo přezdívka. Rodné číslo, adresu, číslo účtu ani fotky dokladů prosím neposílejte.</translation>
    </message>
    <message>
        <source>We cannot diagnose: peer workers are not doctors or psychologists. A psychiatrist, a psychologist or your general practitioner can assess it.</source>
        <comment>ty</comment>
        <translation>Diagnózu stanovit nemůžeme: peer pracovníci nejsou lékaři ani psychologové. Posoudit to může psychiatr, psycholog nebo tvůj praktický lékař.</translation>
    </message>
    <message>
        <source>We cannot advise on medication; only a doctor can. Please ask your psychiatrist or general practitioner, or a pharmacist. If it is urgent, call 155.</source>
        <comment>ty</comment>
        <translation>S léky ti poradit nemůžeme; to může jen lékař. Zeptej se prosím svého psychiatra, praktického lékaře nebo lékárníka. Pokud je to naléhavé, volej 155.</translation>
    </message>
    <message>
        <source>We do not give legal or social-law advice. A citizens&apos; advice bureau (občanská poradna), a legal advice centre or a lawyer can help; the Czech Bar Association can appoint free legal aid.</source>
        <comment>ty</comment>
        <translation>Právní ani sociálněprávní rady neposkytujeme. Pomoct ti může občanská poradna, právní poradna nebo advokát; Česká advokátní komora může určit advokáta pro bezplatnou právní pomoc.</translation>
    </message>
    <message>
        <source>We cannot provide therapy: peer support is sharing experience, not treatment. A psychotherapist, your psychiatrist or a crisis centre can.</source>
        <comment>ty</comment>
        <translation>Terapii poskytnout nemůžeme: peer podpora je sdílení zkušeností, ne léčba. To může psychoterapeut, tvůj psychiatr nebo krizové centrum.</translation>
    </message>
    <message>
        <source>We cannot decide for you; the decision is yours. We can help you think through the options and what matters to you.</source>
        <comment>ty</comment>
        <translation>Nemůžeme rozhodnout za tebe; rozhodnutí je na tobě. Můžeme ti pomoct promyslet možnosti a to, na čem ti záleží.</translation>
    </message>
    <message>
        <source>We do not contact other people or services for clients. We can give you the contact and help you prepare what to say.</source>
        <comment>ty</comment>
        <translation>Jiné lidi ani služby za klienty nekontaktujeme. Můžeme ti dát kontakt a pomoct ti připravit si, co řekneš.</translation>
    </message>
    <message>
        <source>The service is anonymous on both sides: we do not share personal data of peer workers or of other clients.</source>
        <comment>ty</comment>
        <translation>Služba je anonymní na obou stranách: osobní údaje peer pracovníků ani jiných klientů nesdílíme.</translation>
    </message>
    <message>
        <source>Peer workers keep contact within the service: the group, the club, trips and the service phone. We do not meet privately or connect on social media.</source>
        <comment>ty</comment>
        <translation>Peer pracovníci udržují kontakt v rámci služby: ve skupině, v klubu, na výletech a přes telefon služby. Soukromě se nescházíme ani se nespojujeme na sociálních sítích.</translation>
    </message>
    <message>
        <source>What is said in the group stays in the group, for everyone&apos;s safety, yours included.</source>
        <comment>ty</comment>
        <translation>Co zazní ve skupině, zůstává ve skupině – kvůli bezpečí všech, i tvému.</translation>
    </message>
    <message>
        <source>What you write stays in the service. But if your life or someone else&apos;s were in danger, we could not keep silent: we would tell you first and look for help together. Urgent help: 112, 155 or a crisis line such as 116 123.</source>
        <comment>ty</comment>
        <translation>To, co napíšeš, zůstává ve službě. Kdyby ale šlo o tvůj život nebo o život někoho jiného, zůstat potichu by nešlo: nejdřív bychom to řekli tobě a pomoc hledali spolu. Rychlá pomoc: 112, 155 nebo krizová linka, třeba 116 123.</translation>
    </message>
    <message>
        <source>You do not need to send us your personal data: the service is anonymous, a first name or a nickname is enough. Please leave out birth numbers, addresses, account numbers and photos of documents.</source>
        <comment>ty</comment>
        <translation>Osobní údaje nám posílat nemusíš: služba je anonymní, stačí křestní jméno nebo přezdívka. Rodné číslo, adresu, číslo účtu ani fotky dokladů prosím neposílej.</translation>
    </message>
    <message>
        <source>We cannot promise that something will work: what helped one person may not help another. We can share what helped us and look with you for what might help you.</source>
        <translation>Nemůžeme slíbit, že něco bude fungovat: co pomohlo jednomu člověku, nemusí pomoct jinému. Můžeme se podělit o to, co pomohlo nám, a spolu s vámi hledat, co by mohlo pomoct vám.</translation>
    </message>
    <message>
        <source>We cannot promise that something will work: what helped one person may not help another. We can share what helped us and look with you for what might help you.</source>
        <comment>ty</comment>
        <translation>Nemůžeme slíbit, že něco bude fungovat: co pomohlo jednomu člověku, nemusí pomoct jinému. Můžeme se podělit o to, co pomohlo nám, a spolu s tebou hledat, co by mohlo pomoct tobě.</translation>
    </message>
    <message>
        <source>This draft promises that something will work, or gives advice as if it worked for everyone. A peer shares what helped them; a promise that it will work for the client cannot be kept, and if it does not work, the client may feel it is their failure.</source>
        <translation>Tento návrh slibuje, že něco bude fungovat, nebo radí, jako by to fungovalo u každého. Peer pracovník sdílí, co pomohlo jemu; slib, že to bude fungovat i u klienta, nelze dodržet, a když to nezabere, klient to může brát jako své selhání.</translation>
    </message>
    <message>
        <source>The client asks for a promise that something will work.</source>
        <translation>Klient žádá slib, že něco bude fungovat.</translation>
    </message>
    <message>
        <source>Share it as your own experience and leave the outcome open: &quot;what helped me was…, maybe it is worth a try&quot;, &quot;I hope it helps&quot;, &quot;I believe you can get through this&quot;.</source>
        <translation>Podejte to jako vlastní zkušenost a výsledek nechte otevřený: „mně pomohlo…, možná stojí za to to zkusit“, „doufám, že to pomůže“, „věřím, že to zvládnete“.</translation>
    </message>
</context>
<context>
    <name>kotva::CertificatePinList</name>
    <message>
        <source>None: only certificates this computer can verify are accepted.</source>
        <translation>Žádné: přijímají se jen certifikáty, které tento počítač dokáže ověřit.</translation>
    </message>
    <message>
        <source>&amp;Remove trust</source>
        <translation>Zrušit &amp;důvěru</translation>
    </message>
</context>
<context>
    <name>kotva::CertificateTrustDialog</name>
    <message>
        <source>Kotva – Server certificate</source>
        <translation>Kotva – Certifikát serveru</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Důvěřovat tomuto certifikátu?</translation>
    </message>
    <message>
        <source>A certificate proves that Kotva is talking to your organisation&apos;s mail server. This one could not be verified. It may simply be your organisation&apos;s own certificate, but it may also belong to someone in between who wants to read the mailbox password and your clients&apos; messages.</source>
        <translation>Certifikát dokládá, že Kotva komunikuje s poštovním serverem vaší organizace. Tento certifikát se nepodařilo ověřit. Může jít prostě o vlastní certifikát vaší organizace, ale může také patřit někomu mezi vámi a serverem, kdo chce přečíst heslo ke schránce a zprávy vašich klientů.</translation>
    </message>
    <message>
        <source>Trust it only if the person who runs your mailbox confirms that the SHA-256 fingerprint below is theirs, for example by reading it to you over the phone. Kotva then accepts exactly this certificate; if the server ever shows another one, you will be asked again.</source>
        <translation>Důvěřujte mu jen tehdy, když vám ten, kdo vaši schránku spravuje, potvrdí, že níže uvedený otisk SHA-256 je jeho, například tak, že vám ho přečte po telefonu. Kotva pak přijme právě tento certifikát; pokud server někdy předloží jiný, Kotva se vás zeptá znovu.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Důvěřovat tomuto certifikátu</translation>
    </message>
</context>
<context>
    <name>kotva::CloseContactDialog</name>
    <message>
        <source>A &amp;referral was given</source>
        <translation>&amp;Kontakt na pomoc byl předán</translation>
    </message>
    <message>
        <source>&amp;Bring this contact to supervision</source>
        <translation>Vzít tento kontakt na &amp;supervizi</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Uzavřít kontakt</translation>
    </message>
    <message>
        <source>What was the contact about? Tick the topics that fit; nothing else about the client is recorded.</source>
        <translation>O čem kontakt byl? Zaškrtněte odpovídající témata; nic dalšího o klientovi/klientce se nezaznamená.</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Témata:</translation>
    </message>
    <message>
        <source>Topics of the contact</source>
        <translation>Témata kontaktu</translation>
    </message>
    <message>
        <source>After closing, Kotva suggests a supervision note linked to the contact&apos;s anonymous reference.</source>
        <translation>Po uzavření Kotva navrhne supervizní poznámku propojenou s anonymním označením kontaktu.</translation>
    </message>
    <message>
        <source>&amp;Close contact</source>
        <translation>&amp;Uzavřít kontakt</translation>
    </message>
    <message>
        <source>&amp;Edit the list…</source>
        <translation>&amp;Upravit seznam…</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s list of topics</source>
        <translation>Změnit seznam témat organizace</translation>
    </message>
</context>
<context>
    <name>kotva::ContactListModel</name>
    <message>
        <source>no text stored</source>
        <translation>text neuložen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n příspěvek</numerusform>
            <numerusform>%n příspěvky</numerusform>
            <numerusform>%n příspěvků</numerusform>
        </translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Poslední aktivita: %1</translation>
    </message>
    <message>
        <source>Highest risk: %1</source>
        <translation>Nejvyšší riziko: %1</translation>
    </message>
    <message>
        <source>Message text expires on %1</source>
        <translation>Text zpráv se smaže %1</translation>
    </message>
    <message>
        <source>No message text is stored</source>
        <translation>Není uložen žádný text zpráv</translation>
    </message>
    <message>
        <source>Everything about the contact expires on %1</source>
        <translation>Vše o kontaktu se smaže %1</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Přezdívka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Naposledy</translation>
    </message>
    <message>
        <source>Text expires</source>
        <translation>Text se smaže</translation>
    </message>
</context>
<context>
    <name>kotva::ContactListPanel</name>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nový kontakt…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Všechny kanály</translation>
    </message>
    <message>
        <source>Show contacts from channel</source>
        <translation>Zobrazit kontakty z kanálu</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Otevřené i uzavřené</translation>
    </message>
    <message>
        <source>Show contacts in state</source>
        <translation>Zobrazit kontakty ve stavu</translation>
    </message>
    <message>
        <source>Start a new contact (Ctrl+N)</source>
        <translation>Začít nový kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanál:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>S&amp;tav:</translation>
    </message>
</context>
<context>
    <name>kotva::ContactRepository</name>
    <message>
        <source>Loneliness</source>
        <translation>Osamělost</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Vztahy</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodina</translation>
    </message>
    <message>
        <source>Work or school</source>
        <translation>Práce nebo škola</translation>
    </message>
    <message>
        <source>Mood and emotions</source>
        <translation>Nálada a emoce</translation>
    </message>
    <message>
        <source>Anxiety and stress</source>
        <translation>Úzkost a stres</translation>
    </message>
    <message>
        <source>Self-harm or thoughts of suicide</source>
        <translation>Sebepoškozování nebo myšlenky na sebevraždu</translation>
    </message>
    <message>
        <source>Health and treatment</source>
        <translation>Zdraví a léčba</translation>
    </message>
    <message>
        <source>Money and housing</source>
        <translation>Peníze a bydlení</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Návykové látky</translation>
    </message>
    <message>
        <source>The group and the programme</source>
        <translation>Skupina a program</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message numerus="yes">
        <source>A topic can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Téma může mít nejvýše %n znak.</numerusform>
            <numerusform>Téma může mít nejvýše %n znaky.</numerusform>
            <numerusform>Téma může mít nejvýše %n znaků.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list can hold at most %n topic(s).</source>
        <translation>
            <numerusform>Seznam může obsahovat nejvýše %n téma.</numerusform>
            <numerusform>Seznam může obsahovat nejvýše %n témata.</numerusform>
            <numerusform>Seznam může obsahovat nejvýše %n témat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact could not be read or written in the vault.</source>
        <translation>Kontakt se nepodařilo načíst z trezoru ani do něj zapsat.</translation>
    </message>
    <message>
        <source>This contact is no longer in the vault (it was deleted or it expired).</source>
        <translation>Tento kontakt už v trezoru není (byl smazán nebo vypršel).</translation>
    </message>
</context>
<context>
    <name>kotva::ConversationHeader</name>
    <message>
        <source>ST&amp;OP</source>
        <translation>STO&amp;P</translation>
    </message>
    <message>
        <source>C&amp;lose contact…</source>
        <translation>&amp;Uzavřít kontakt…</translation>
    </message>
    <message>
        <source>What the client wants today</source>
        <translation>Co klient/ka dnes chce</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Téma (nepovinné)</translation>
    </message>
    <message>
        <source>Topic the client stopped (optional)</source>
        <translation>Téma, které klient/ka zastavil/a (nepovinné)</translation>
    </message>
    <message>
        <source>STOP: the client ends this topic</source>
        <translation>STOP: klient/ka toto téma ukončuje</translation>
    </message>
    <message>
        <source>The client can stop a topic at any time. One click marks it.</source>
        <translation>Klient/ka může téma kdykoli zastavit. Jedno kliknutí to zaznamená.</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Uzavřít kontakt</translation>
    </message>
    <message>
        <source>Cont&amp;ract:</source>
        <translation>Kont&amp;rakt:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>zahájeno %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>uzavřeno %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contract so far: %1</source>
        <translation>Dosavadní kontrakt: %1</translation>
    </message>
    <message>
        <source>the topic at that moment</source>
        <translation>tehdejší téma</translation>
    </message>
    <message>
        <source>■ STOP — the client stopped: %1</source>
        <translation>■ STOP — klient/ka zastavil/a: %1</translation>
    </message>
    <message>
        <source>The message text expires on %1.</source>
        <translation>Text zpráv se smaže %1.</translation>
    </message>
    <message>
        <source>No message text is stored.</source>
        <translation>Není uložen žádný text zpráv.</translation>
    </message>
    <message>
        <source>Everything about this contact expires on %1.</source>
        <translation>Vše o tomto kontaktu se smaže %1.</translation>
    </message>
</context>
<context>
    <name>kotva::ConversationView</name>
    <message>
        <source>No contact selected. Choose one in the list, or start a new contact with Ctrl+N.</source>
        <translation>Není vybrán žádný kontakt. Vyberte ho v seznamu, nebo začněte nový kontakt klávesami Ctrl+N.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozhovor</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>Zobrazit starší příspěvky</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <translation>
            <numerusform>Zobrazit %n starší příspěvek</numerusform>
            <numerusform>Zobrazit %n starší příspěvky</numerusform>
            <numerusform>Zobrazit %n starších příspěvků</numerusform>
        </translation>
    </message>
    <message>
        <source>Write or paste the text first.</source>
        <translation>Nejdřív napište nebo vložte text.</translation>
    </message>
    <message>
        <source>Saved. Nothing had to be removed.</source>
        <translation>Uloženo. Nebylo třeba nic odstranit.</translation>
    </message>
    <message>
        <source>Sending it anyway is counted anonymously for supervision.</source>
        <translation>Odeslání i přes upozornění se anonymně započítá pro supervizi.</translation>
    </message>
    <message>
        <source>STOP noted: the client ended this topic. Do not come back to it unless the client does.</source>
        <translation>STOP zaznamenán: klient/ka toto téma ukončil/a. Nevracejte se k němu, pokud s tím nezačne sám/sama.</translation>
    </message>
    <message>
        <source>Referral given: recorded anonymously.</source>
        <translation>Kontakt na pomoc předán: zaznamenáno anonymně.</translation>
    </message>
    <message>
        <source>An answer to another e-mail contact was not sent: %1</source>
        <translation>Odpověď na jiný e-mailový kontakt nebyla odeslána: %1</translation>
    </message>
    <message>
        <source>Sent by e-mail.</source>
        <translation>Odesláno e-mailem.</translation>
    </message>
</context>
<context>
    <name>kotva::CrisisReferralPane</name>
    <message>
        <source>Crisis referral</source>
        <translation>Krizové kontakty</translation>
    </message>
    <message>
        <source>What the client wrote</source>
        <translation>Co klient/ka napsal/a</translation>
    </message>
    <message>
        <source>Words that raised the level</source>
        <translation>Slova, která zvýšila úroveň</translation>
    </message>
    <message>
        <source>Where the client can turn, in this order</source>
        <translation>Kam se klient/ka může obrátit, v tomto pořadí</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pro vás</translation>
    </message>
    <message>
        <source>Words for the client</source>
        <translation>Slova pro klienta/klientku</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>&amp;Czech</source>
        <translation>če&amp;sky</translation>
    </message>
    <message>
        <source>Script in Czech</source>
        <translation>Text pro klienta česky</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;anglicky</translation>
    </message>
    <message>
        <source>Script in English</source>
        <translation>Text pro klienta anglicky</translation>
    </message>
    <message>
        <source>Script for the client</source>
        <translation>Text pro klienta/klientku</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Zkopírovat text do schránky</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Vložit do odpovědi</translation>
    </message>
    <message>
        <source>Put the script into the reply you are writing; nothing is sent</source>
        <translation>Vložit text do odpovědi, kterou právě píšete; nic se neodešle</translation>
    </message>
    <message>
        <source>Referral &amp;given</source>
        <translation>Kontakt &amp;předán</translation>
    </message>
    <message>
        <source>Record that you gave the client a referral. Only the fact and the level are kept, no text.</source>
        <translation>Zaznamenat, že jste klientovi/klientce předali kontakt. Uloží se jen tato skutečnost a úroveň, žádný text.</translation>
    </message>
    <message>
        <source>Recorded: referral given.</source>
        <translation>Zaznamenáno: kontakt předán.</translation>
    </message>
    <message>
        <source>Life may be at risk now. Ask the client to call one of these numbers right away. Kotva calls no one; the client calls.</source>
        <translation>Život může být právě teď v ohrožení. Požádejte klienta/klientku, ať hned zavolá na jedno z těchto čísel. Kotva nikam nevolá; volá klient/ka.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The client&apos;s words show signs of distress. Offer the lines below and consider talking it through in supervision.</source>
        <translation>Ze slov klienta/klientky je cítit tíseň. Nabídněte linky níže a zvažte, zda to neprobrat na supervizi.</translation>
    </message>
    <message>
        <source>Nothing in the client&apos;s words points to danger. If you are worried anyway, trust your judgement, ask the client directly and offer the lines below.</source>
        <translation>Ve slovech klienta nic nenasvědčuje nebezpečí. Pokud máte přesto obavy, důvěřujte svému úsudku, zeptejte se klienta přímo a nabídněte mu linky níže.</translation>
    </message>
    <message>
        <source>“%1” – %2</source>
        <translation>„%1“ – %2</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Zkopírováno do schránky.</translation>
    </message>
    <message>
        <source>The message as a whole – %1</source>
        <translation>Zpráva jako celek – %1</translation>
    </message>
    <message>
        <source>How the Czech script addresses the client</source>
        <translation>Jak český text oslovuje klienta/ku</translation>
    </message>
    <message>
        <source>vykání (vy)</source>
        <translation>vykání (vy)</translation>
    </message>
    <message>
        <source>tykání (ty)</source>
        <translation>tykání (ty)</translation>
    </message>
</context>
<context>
    <name>kotva::CzechHolidays</name>
    <message>
        <source>Restoration Day of the Independent Czech State</source>
        <translation>Den obnovy samostatného českého státu</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Svátek práce</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Den vítězství</translation>
    </message>
    <message>
        <source>Saints Cyril and Methodius Day</source>
        <translation>Den slovanských věrozvěstů Cyrila a Metoděje</translation>
    </message>
    <message>
        <source>Jan Hus Day</source>
        <translation>Den upálení mistra Jana Husa</translation>
    </message>
    <message>
        <source>St. Wenceslas Day (Czech Statehood Day)</source>
        <translation>Den české státnosti (sv. Václav)</translation>
    </message>
    <message>
        <source>Independent Czechoslovak State Day</source>
        <translation>Den vzniku samostatného československého státu</translation>
    </message>
    <message>
        <source>Struggle for Freedom and Democracy Day</source>
        <translation>Den boje za svobodu a demokracii</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Štědrý den</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. svátek vánoční</translation>
    </message>
    <message>
        <source>St. Stephen&apos;s Day</source>
        <translation>2. svátek vánoční</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Velký pátek</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Velikonoční pondělí</translation>
    </message>
</context>
<context>
    <name>kotva::DataSource</name>
    <message>
        <source>your data folder</source>
        <translation>vaše datová složka</translation>
    </message>
    <message>
        <source>the installed copy</source>
        <translation>nainstalovaná kopie</translation>
    </message>
    <message>
        <source>built into Kotva</source>
        <translation>vestavěná v Kotvě</translation>
    </message>
</context>
<context>
    <name>kotva::EmailAnswerBar</name>
    <message>
        <source>Send as &amp;e-mail</source>
        <translation>Odeslat &amp;e-mailem</translation>
    </message>
    <message>
        <source>Send my reply as e-mail</source>
        <translation>Odeslat moji odpověď e-mailem</translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet, so the answer cannot be sent from Kotva.</source>
        <translation>Schránka organizace ještě není nastavená, proto odpověď nelze z Kotvy odeslat.</translation>
    </message>
    <message>
        <source>Sending the answer to the client…</source>
        <translation>Odpověď se odesílá klientovi…</translation>
    </message>
    <message>
        <source>The answer is overdue: it was due on %1. Your reply goes to the client; only a redacted copy stays here.</source>
        <translation>Odpověď je po termínu: termín byl %1. Vaše odpověď odejde klientovi; zde zůstane jen kopie se skrytými údaji.</translation>
    </message>
    <message>
        <source>Answer by %1. Your reply goes to the client; only a redacted copy stays here.</source>
        <translation>Odpovězte do %1. Vaše odpověď odejde klientovi; zde zůstane jen kopie se skrytými údaji.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Odesílá se…</translation>
    </message>
    <message>
        <source>Kotva is talking to the mail server; send in a moment.</source>
        <translation>Kotva právě komunikuje s poštovním serverem; odešlete za chvíli.</translation>
    </message>
    <message>
        <source>Write your reply first (From: My reply).</source>
        <translation>Nejdřív napište svou odpověď (Od: Moje odpověď).</translation>
    </message>
    <message>
        <source>Send the reply to the client by e-mail</source>
        <translation>Odeslat odpověď klientovi e-mailem</translation>
    </message>
    <message>
        <source>This contact cannot be answered by e-mail.</source>
        <translation>Na tento kontakt nelze odpovědět e-mailem.</translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeCard</name>
    <message>
        <source>This file is not a team card made by Kotva. The team lead saves it in Settings, Workers on other PCs.</source>
        <translation>Tento soubor není karta týmu vytvořená Kotvou. Vedoucí týmu ji uloží v Nastavení, Práce z jiných počítačů.</translation>
    </message>
    <message>
        <source>This file is not a member card made by Kotva. The worker saves it on their PC in Settings, Workers on other PCs.</source>
        <translation>Tento soubor není karta člena vytvořená Kotvou. Pracovník ji uloží na svém počítači v Nastavení, Práce z jiných počítačů.</translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeDialog</name>
    <message>
        <source>Workers on other PCs</source>
        <translation>Práce z jiných počítačů</translation>
    </message>
    <message>
        <source>A worker who keeps Kotva on their own PC brings the team lead a sealed file now and then. No server is involved: the file travels on a USB stick or through a shared folder.</source>
        <translation>Pracovník, který má Kotvu na vlastním počítači, čas od času předá vedoucímu týmu zapečetěný soubor. Žádný server k tomu není potřeba: soubor putuje na USB disku nebo přes sdílenou složku.</translation>
    </message>
    <message>
        <source>As the team lead</source>
        <translation>Jako vedoucí týmu</translation>
    </message>
    <message>
        <source>As a worker</source>
        <translation>Jako pracovník</translation>
    </message>
    <message>
        <source>Your roles in this team have nothing to exchange with other PCs: this is for peer workers and the team lead.</source>
        <translation>Vaše role v týmu si s jinými počítači nic nevyměňují: tato část je pro peer pracovníky a vedoucího týmu.</translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeFiles</name>
    <message>
        <source>The file %1 is too large to be a file Kotva made.</source>
        <translation>Soubor %1 je příliš velký na to, aby ho vytvořila Kotva.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Soubor %1 nelze přečíst.</translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeLeadPage</name>
    <message>
        <source>&amp;Import a worker&apos;s file…</source>
        <translation>&amp;Importovat soubor pracovníka…</translation>
    </message>
    <message>
        <source>Their notes join the team supervision agenda, their figures the team&apos;s.</source>
        <translation>Poznámky přibudou do programu týmové supervize, čísla k číslům týmu.</translation>
    </message>
    <message>
        <source>The team card</source>
        <translation>Karta týmu</translation>
    </message>
    <message>
        <source>e.g. Peer team Brno</source>
        <translation>např. Peer tým Brno</translation>
    </message>
    <message>
        <source>&amp;Save the team card…</source>
        <translation>&amp;Uložit kartu týmu…</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Název týmu:</translation>
    </message>
    <message>
        <source>Give the team card to each worker who keeps Kotva on their own PC: files they make are sealed with it so that only this vault opens them.</source>
        <translation>Kartu týmu předejte každému pracovníkovi, který má Kotvu na vlastním počítači: soubory, které vytvoří, se s ní zapečetí tak, aby je otevřel jen tento trezor.</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Karty členů</translation>
    </message>
    <message>
        <source>&amp;Accept a member card…</source>
        <translation>&amp;Přijmout kartu člena…</translation>
    </message>
    <message>
        <source>A&amp;ccept the card</source>
        <translation>Při&amp;jmout kartu</translation>
    </message>
    <message>
        <source>&amp;Do not accept</source>
        <translation>Nepřijí&amp;mat</translation>
    </message>
    <message>
        <source>The card belongs to &amp;member:</source>
        <translation>Karta patří &amp;členovi:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the worker by phone or in person: each of them reads it from their own screen. If a single character differs, the card was swapped on the way: do not accept it.</source>
        <translation>Porovnejte otisk s pracovníkem po telefonu nebo osobně: každý ho čte ze své obrazovky. Liší-li se jediný znak, karta byla cestou podvržena: nepřijímejte ji.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisk</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Poslední soubor</translation>
    </message>
    <message>
        <source>A worker&apos;s member card ties the files they sign to their place in this team.</source>
        <translation>Karta člena přiřadí soubory, které pracovník podepíše, k jeho místu v tomto týmu.</translation>
    </message>
    <message>
        <source>No team card has been saved yet.</source>
        <translation>Karta týmu zatím nebyla uložena.</translation>
    </message>
    <message>
        <source>Fingerprint of the team card: %1</source>
        <translation>Otisk karty týmu: %1</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>zatím žádný</translation>
    </message>
    <message>
        <source>Save the team card</source>
        <translation>Uložit kartu týmu</translation>
    </message>
    <message>
        <source>Kotva team card (*.kotva-team)</source>
        <translation>Karta týmu Kotvy (*.kotva-team)</translation>
    </message>
    <message>
        <source>The team card is saved in %1. Give it to the worker and read its fingerprint to each other.</source>
        <translation>Karta týmu je uložena v %1. Předejte ji pracovníkovi a přečtěte si navzájem její otisk.</translation>
    </message>
    <message>
        <source>Accept a member card</source>
        <translation>Přijmout kartu člena</translation>
    </message>
    <message>
        <source>Kotva member card (*.kotva-member)</source>
        <translation>Karta člena Kotvy (*.kotva-member)</translation>
    </message>
    <message>
        <source>The member card of &lt;b&gt;%1&lt;/b&gt;, fingerprint %2.</source>
        <translation>Karta člena &lt;b&gt;%1&lt;/b&gt;, otisk %2.</translation>
    </message>
    <message>
        <source>The card is accepted: files signed with it are imported as the work of %1.</source>
        <translation>Karta je přijata: soubory podepsané jejím klíčem se budou importovat jako práce člena %1.</translation>
    </message>
    <message>
        <source>Import a worker&apos;s file</source>
        <translation>Importovat soubor pracovníka</translation>
    </message>
    <message>
        <source>Kotva file for the team lead (*.kotva-share)</source>
        <translation>Soubor Kotvy pro vedoucího týmu (*.kotva-share)</translation>
    </message>
    <message>
        <source>The file from %1 made on %2 was imported before: nothing changed.</source>
        <translation>Soubor od %1 z %2 už byl importován: nic se nezměnilo.</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n nová poznámka</numerusform>
            <numerusform>%n nové poznámky</numerusform>
            <numerusform>%n nových poznámek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated note(s)</source>
        <translation>
            <numerusform>%n upravená poznámka</numerusform>
            <numerusform>%n upravené poznámky</numerusform>
            <numerusform>%n upravených poznámek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) removed from the agenda</source>
        <translation>
            <numerusform>%n poznámka odebrána z programu</numerusform>
            <numerusform>%n poznámky odebrány z programu</numerusform>
            <numerusform>%n poznámek odebráno z programu</numerusform>
        </translation>
    </message>
    <message>
        <source>the notes as they were</source>
        <translation>poznámky beze změny</translation>
    </message>
    <message numerus="yes">
        <source>the figures of %n month(s)</source>
        <translation>
            <numerusform>čísla za %n měsíc</numerusform>
            <numerusform>čísla za %n měsíce</numerusform>
            <numerusform>čísla za %n měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the file from %1 made on %2: %3.</source>
        <translation>Importován soubor od %1 z %2: %3.</translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeService</name>
    <message>
        <source>The exchange with workers on other PCs could not be read or written in the vault. Nothing was changed.</source>
        <translation>Výměnu s pracovníky na jiných počítačích se nepodařilo v trezoru přečíst ani zapsat. Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>The team card needs the team&apos;s name (at most %1 characters).</source>
        <translation>Karta týmu potřebuje název týmu (nejvýše %1 znaků).</translation>
    </message>
    <message>
        <source>Only a team vault has a team card. Make this vault a team vault first (Settings).</source>
        <translation>Kartu týmu má jen týmový trezor. Nejdřív z tohoto trezoru udělejte týmový (Nastavení).</translation>
    </message>
    <message>
        <source>This is not a member card.</source>
        <translation>Toto není karta člena.</translation>
    </message>
    <message>
        <source>This member is not in the team.</source>
        <translation>Tento člen v týmu není.</translation>
    </message>
    <message>
        <source>This member card was already accepted for another member.</source>
        <translation>Tato karta člena už byla přijata pro jiného člena.</translation>
    </message>
    <message>
        <source>This vault has no team card yet, so no file can have been sealed for it. Save the team card and give it to the workers first.</source>
        <translation>Tento trezor zatím nemá kartu týmu, takže pro něj nemohl být zapečetěn žádný soubor. Nejdřív uložte kartu týmu a předejte ji pracovníkům.</translation>
    </message>
    <message>
        <source>This file was signed by someone whose member card this team has not accepted. Accept their member card first; nothing was imported.</source>
        <translation>Tento soubor podepsal někdo, jehož kartu člena tento tým nepřijal. Nejdřív přijměte jeho kartu člena; nic nebylo importováno.</translation>
    </message>
    <message>
        <source>%1 has sent a newer file already; this one is older and was not imported.</source>
        <translation>Od %1 už přišel novější soubor; tento je starší a nebyl importován.</translation>
    </message>
    <message>
        <source>The member card needs your initials or name (at most %1 characters).</source>
        <translation>Karta člena potřebuje vaše iniciály nebo jméno (nejvýše %1 znaků).</translation>
    </message>
    <message>
        <source>This is not a team card.</source>
        <translation>Toto není karta týmu.</translation>
    </message>
    <message>
        <source>Accept the team card from your team lead first: the file is sealed with it so only the team&apos;s vault can open it.</source>
        <translation>Nejdřív přijměte kartu týmu od vedoucího týmu: soubor se s ní zapečetí, aby ho mohl otevřít jen trezor týmu.</translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeWorkerPage</name>
    <message>
        <source>Your member card</source>
        <translation>Vaše karta člena</translation>
    </message>
    <message>
        <source>e.g. JN</source>
        <translation>např. JN</translation>
    </message>
    <message>
        <source>Save &amp;my member card…</source>
        <translation>Uložit &amp;moji kartu člena…</translation>
    </message>
    <message>
        <source>Your card&apos;s fingerprint is shown here when you save the card.</source>
        <translation>Otisk vaší karty se tu ukáže, až kartu uložíte.</translation>
    </message>
    <message>
        <source>Your &amp;initials:</source>
        <translation>Vaše &amp;iniciály:</translation>
    </message>
    <message>
        <source>Give your member card to your team lead: it tells the team&apos;s vault that the files you sign are yours.</source>
        <translation>Kartu člena předejte vedoucímu týmu: podle ní trezor týmu pozná, že soubory, které podepíšete, jsou vaše.</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Váš tým</translation>
    </message>
    <message>
        <source>Accept the &amp;team card…</source>
        <translation>Přijmout kartu &amp;týmu…</translation>
    </message>
    <message>
        <source>The file for the team lead</source>
        <translation>Soubor pro vedoucího týmu</translation>
    </message>
    <message>
        <source>Save the &amp;file for the team lead…</source>
        <translation>Uložit &amp;soubor pro vedoucího týmu…</translation>
    </message>
    <message>
        <source>The file holds the notes you shared for team supervision and your monthly figures, sealed so that only your team&apos;s vault opens it. It may travel on a USB stick or through a shared folder; a newer file replaces what an older one brought.</source>
        <translation>Soubor obsahuje poznámky, které jste sdíleli pro týmovou supervizi, a vaše měsíční čísla, zapečetěné tak, aby ho otevřel jen trezor vašeho týmu. Může putovat na USB disku nebo přes sdílenou složku; novější soubor nahradí, co přinesl starší.</translation>
    </message>
    <message>
        <source>You have not accepted a team card yet: ask your team lead for it.</source>
        <translation>Kartu týmu jste zatím nepřijali: požádejte o ni vedoucího týmu.</translation>
    </message>
    <message>
        <source>Your files are for the team &lt;b&gt;%1&lt;/b&gt;, fingerprint %2.</source>
        <translation>Vaše soubory jsou pro tým &lt;b&gt;%1&lt;/b&gt;, otisk %2.</translation>
    </message>
    <message>
        <source>Accept the team card first: the file is sealed for the team.</source>
        <translation>Nejdřív přijměte kartu týmu: soubor se zapečetí pro tým.</translation>
    </message>
    <message>
        <source>Save my member card</source>
        <translation>Uložit moji kartu člena</translation>
    </message>
    <message>
        <source>Kotva member card (*.kotva-member)</source>
        <translation>Karta člena Kotvy (*.kotva-member)</translation>
    </message>
    <message>
        <source>Fingerprint of your card: %1</source>
        <translation>Otisk vaší karty: %1</translation>
    </message>
    <message>
        <source>Your member card is saved in %1. Give it to your team lead and read its fingerprint to each other.</source>
        <translation>Vaše karta člena je uložena v %1. Předejte ji vedoucímu týmu a přečtěte si navzájem její otisk.</translation>
    </message>
    <message>
        <source>Accept the team card</source>
        <translation>Přijmout kartu týmu</translation>
    </message>
    <message>
        <source>Kotva team card (*.kotva-team)</source>
        <translation>Karta týmu Kotvy (*.kotva-team)</translation>
    </message>
    <message>
        <source>Accept the card of the team %1?</source>
        <translation>Přijmout kartu týmu %1?</translation>
    </message>
    <message>
        <source>The card&apos;s fingerprint is %1. Compare it with your team lead by phone or in person: if a single character differs, the card was swapped on the way.</source>
        <translation>Otisk karty je %1. Porovnejte ho s vedoucím týmu po telefonu nebo osobně: liší-li se jediný znak, karta byla cestou podvržena.</translation>
    </message>
    <message>
        <source>Your files for the team lead will be sealed so that only this team&apos;s vault opens them. A team card accepted before is replaced.</source>
        <translation>Vaše soubory pro vedoucího týmu se zapečetí tak, aby je otevřel jen trezor tohoto týmu. Dříve přijatá karta týmu se nahradí.</translation>
    </message>
    <message>
        <source>Accept the card</source>
        <translation>Přijmout kartu</translation>
    </message>
    <message>
        <source>The team card is accepted: your files are now sealed for %1.</source>
        <translation>Karta týmu je přijata: vaše soubory se teď pečetí pro tým %1.</translation>
    </message>
    <message>
        <source>Save the file for the team lead</source>
        <translation>Uložit soubor pro vedoucího týmu</translation>
    </message>
    <message>
        <source>Kotva file for the team lead (*.kotva-share)</source>
        <translation>Soubor Kotvy pro vedoucího týmu (*.kotva-share)</translation>
    </message>
    <message>
        <source>The file for the team lead is saved in %1. Only your team&apos;s vault opens it.</source>
        <translation>Soubor pro vedoucího týmu je uložen v %1. Otevře ho jen trezor vašeho týmu.</translation>
    </message>
</context>
<context>
    <name>kotva::FigureLabels</name>
    <message>
        <source>Contacts by channel</source>
        <translation>Kontakty podle kanálu</translation>
    </message>
    <message>
        <source>Contacts by what the client wanted</source>
        <translation>Kontakty podle toho, co klient chtěl</translation>
    </message>
    <message>
        <source>Crisis levels reached</source>
        <translation>Dosažené úrovně krize</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Předaná doporučení</translation>
    </message>
    <message>
        <source>Boundary findings in sent replies</source>
        <translation>Hranice role v odeslaných odpovědích</translation>
    </message>
    <message>
        <source>Replies sent despite a warning</source>
        <translation>Odpovědi odeslané i přes upozornění</translation>
    </message>
    <message>
        <source>Client requests outside the peer role</source>
        <translation>Žádosti klientů mimo peer roli</translation>
    </message>
    <message>
        <source>Topics stopped by the client</source>
        <translation>Témata zastavená klientem</translation>
    </message>
    <message>
        <source>Closed contacts</source>
        <translation>Uzavřené kontakty</translation>
    </message>
    <message>
        <source>Topics of closed contacts</source>
        <translation>Témata uzavřených kontaktů</translation>
    </message>
    <message>
        <source>E-mail counselling</source>
        <translation>E-mailová poradna</translation>
    </message>
    <message>
        <source>Contacts opened in the month, by how the client reached the service.</source>
        <translation>Kontakty otevřené v měsíci podle toho, jak se klient na službu obrátil.</translation>
    </message>
    <message>
        <source>Contacts opened in the month, by what the client wanted at the start.</source>
        <translation>Kontakty otevřené v měsíci podle toho, co klient na začátku chtěl.</translation>
    </message>
    <message>
        <source>Contacts whose messages reached a level, counted once per contact in the month it was reached.</source>
        <translation>Kontakty, jejichž zprávy dosáhly dané úrovně; každý kontakt se počítá jednou, v měsíci, kdy jí dosáhl.</translation>
    </message>
    <message>
        <source>Times a worker gave the client the crisis referral, by the level of danger at that moment.</source>
        <translation>Kolikrát pracovník předal klientovi krizové kontakty, podle úrovně ohrožení v tu chvíli.</translation>
    </message>
    <message>
        <source>Workers&apos; sent replies in which Kotva found a boundary of the peer role, by rule.</source>
        <translation>Odeslané odpovědi pracovníků, ve kterých Kotva našla hranici peer role, podle pravidla.</translation>
    </message>
    <message>
        <source>Replies a worker chose to send although Kotva warned about a boundary.</source>
        <translation>Odpovědi, které pracovník odeslal, přestože Kotva upozornila na hranici role.</translation>
    </message>
    <message>
        <source>Clients&apos; messages asking for what peers do not give, by rule.</source>
        <translation>Zprávy klientů, kteří žádali o něco, co peer pracovníci neposkytují, podle pravidla.</translation>
    </message>
    <message>
        <source>Times a client said STOP to a topic.</source>
        <translation>Kolikrát klient u některého tématu řekl STOP.</translation>
    </message>
    <message>
        <source>Contacts closed in the month, with a referral, and brought to supervision.</source>
        <translation>Kontakty uzavřené v měsíci, s předaným doporučením a přinesené na supervizi.</translation>
    </message>
    <message>
        <source>Closed contacts by the organisation&apos;s outcome topics.</source>
        <translation>Uzavřené kontakty podle témat, která organizace sleduje.</translation>
    </message>
    <message>
        <source>Clients&apos; e-mails received in the month, answered, and answered within 4 working days.</source>
        <translation>E-maily klientů přijaté v měsíci, zodpovězené a zodpovězené do 4 pracovních dnů.</translation>
    </message>
    <message>
        <source>replies sent despite a warning</source>
        <translation>odpovědi odeslané i přes upozornění</translation>
    </message>
    <message>
        <source>STOPs</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>uzavřené</translation>
    </message>
    <message>
        <source>with a referral</source>
        <translation>s předaným doporučením</translation>
    </message>
    <message>
        <source>brought to supervision</source>
        <translation>přinesené na supervizi</translation>
    </message>
    <message>
        <source>received</source>
        <translation>přijaté</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>zodpovězené</translation>
    </message>
    <message>
        <source>answered within 4 working days</source>
        <translation>zodpovězené do 4 pracovních dnů</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>kotva::FiguresExport</name>
    <message>
        <source>Counts of one or two are shown as “&lt; 3” and are not drawn in the chart, so that a small number does not point at a person.</source>
        <translation>Počty jedna a dvě jsou uvedeny jako „&lt; 3“ a v grafu nejsou vykresleny, aby malé číslo neukazovalo na konkrétního člověka.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Kotva · the team&apos;s figures · %1</source>
        <translation>Kotva · čísla týmu · %1</translation>
    </message>
    <message>
        <source>Nothing to count in these months yet.</source>
        <translation>V těchto měsících zatím není co počítat.</translation>
    </message>
    <message>
        <source>The team&apos;s figures, %1</source>
        <translation>Čísla týmu, %1</translation>
    </message>
    <message>
        <source>The figures could not be printed.</source>
        <translation>Čísla se nepodařilo vytisknout.</translation>
    </message>
    <message>
        <source>kotva-figures-%1-%2.%3</source>
        <translation>kotva-cisla-%1-%2.%3</translation>
    </message>
</context>
<context>
    <name>kotva::FiguresPane</name>
    <message>
        <source>What is counted</source>
        <translation>Co se počítá</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Stejná čísla jako tabulka</translation>
    </message>
    <message>
        <source>The team&apos;s figures</source>
        <translation>Čísla týmu</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Měsíce:</translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation>posledních 12 měsíců</translation>
    </message>
    <message>
        <source>the last 6 months</source>
        <translation>posledních 6 měsíců</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>poslední 3 měsíce</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>tento měsíc</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export do CSV…</translation>
    </message>
    <message>
        <source>For annual reports: every figure of the months shown, in a spreadsheet file. Counts of one or two read “&lt; 3”.</source>
        <translation>Pro výroční zprávy: všechna čísla zobrazených měsíců v souboru pro tabulkový procesor. Počty jedna a dvě jsou uvedeny jako „&lt; 3“.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Counts only: no text, no pseudonym, no contact. Inside the vault the numbers are exact; in the CSV, the PDF and the printout one or two read “&lt; 3”.</source>
        <translation>Jen počty: žádný text, žádná přezdívka, žádný kontakt. V trezoru jsou čísla přesná; v CSV, PDF a tisku jsou jedna a dvě uvedeny jako „&lt; 3“.</translation>
    </message>
    <message>
        <source>Nothing to count in %1 yet: the figures grow as contacts are opened and closed.</source>
        <translation>V období %1 zatím není co počítat: čísla přibývají, jak se kontakty otevírají a uzavírají.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Uloženo do %1.</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Export čísel do CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the figures as PDF</source>
        <translation>Uložit čísla jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kotva::FiguresService</name>
    <message>
        <source>The figures could not be read from the vault.</source>
        <translation>Čísla se nepodařilo načíst z trezoru.</translation>
    </message>
</context>
<context>
    <name>kotva::FiguresTableModel</name>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
</context>
<context>
    <name>kotva::FindingLabels</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>birth number</source>
        <translation>rodné číslo</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonní číslo</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailová adresa</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>číslo bankovního účtu</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresa</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>číslo dokladu</translation>
    </message>
    <message>
        <source>data box ID</source>
        <translation>ID datové schránky</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>datum narození</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>příjmení</translation>
    </message>
    <message>
        <source>school, employer or place</source>
        <translation>škola, zaměstnavatel nebo místo</translation>
    </message>
    <message>
        <source>licence plate</source>
        <translation>SPZ</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>uživatelské jméno</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>osobní údaj</translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation>loučení</translation>
    </message>
    <message>
        <source>self-harm</source>
        <translation>sebepoškozování</translation>
    </message>
    <message>
        <source>violence happening now</source>
        <translation>násilí, které právě probíhá</translation>
    </message>
    <message>
        <source>violence or abuse</source>
        <translation>násilí nebo zneužívání</translation>
    </message>
    <message>
        <source>hopelessness</source>
        <translation>beznaděj</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóza</translation>
    </message>
    <message>
        <source>medication advice</source>
        <translation>rady k lékům</translation>
    </message>
    <message>
        <source>legal or social-law advice</source>
        <translation>právní nebo sociálně-právní poradenství</translation>
    </message>
    <message>
        <source>therapy</source>
        <translation>terapie</translation>
    </message>
    <message>
        <source>deciding for the client</source>
        <translation>rozhodování za klienta/klientku</translation>
    </message>
    <message>
        <source>acting on the client&apos;s behalf</source>
        <translation>jednání za klienta/klientku</translation>
    </message>
    <message>
        <source>asking for personal data</source>
        <translation>vyžadování osobních údajů</translation>
    </message>
    <message>
        <source>private contact</source>
        <translation>soukromý kontakt</translation>
    </message>
    <message>
        <source>group confidentiality</source>
        <translation>mlčenlivost o skupině</translation>
    </message>
    <message>
        <source>a boundary of the role</source>
        <translation>hranice role</translation>
    </message>
    <message>
        <source>no signs of danger</source>
        <translation>bez známek ohrožení</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>obava</translation>
    </message>
    <message>
        <source>acute danger</source>
        <translation>akutní ohrožení</translation>
    </message>
    <message>
        <source>Removed before saving: %1</source>
        <translation>Před uložením odstraněno: %1</translation>
    </message>
    <message>
        <source>thoughts of suicide or of dying</source>
        <translation>myšlenky na sebevraždu nebo na smrt</translation>
    </message>
    <message>
        <source>a plan or a decision to die</source>
        <translation>plán nebo rozhodnutí zemřít</translation>
    </message>
    <message>
        <source>means of suicide</source>
        <translation>prostředky k sebevraždě</translation>
    </message>
    <message>
        <source>an attempt happening now</source>
        <translation>pokus, který právě probíhá</translation>
    </message>
    <message>
        <source>someone else&apos;s life at risk</source>
        <translation>ohrožení života někoho jiného</translation>
    </message>
    <message>
        <source>the wording resembles messages that raise concern</source>
        <translation>formulace připomíná zprávy, které vzbuzují obavy</translation>
    </message>
    <message>
        <source>the wording resembles messages about acute danger</source>
        <translation>formulace připomíná zprávy o akutním ohrožení</translation>
    </message>
    <message>
        <source>promising that it will work</source>
        <translation>slib, že to bude fungovat</translation>
    </message>
</context>
<context>
    <name>kotva::HolidayList</name>
    <message>
        <source>On public holidays, regular activities are cancelled automatically. A one-off event (a trip) takes place as planned.</source>
        <translation>O státních svátcích se pravidelné aktivity ruší automaticky. Jednorázová akce (třeba výlet) se koná podle plánu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Svátek</translation>
    </message>
    <message>
        <source>Cancelled automatically</source>
        <translation>Automaticky zrušeno</translation>
    </message>
</context>
<context>
    <name>kotva::ICalendarWriter</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Zrušeno: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Změna: %1</translation>
    </message>
    <message>
        <source>Including a %1-minute break.</source>
        <translation>Včetně přestávky (%1 min).</translation>
    </message>
    <message>
        <source>Led by: %1</source>
        <translation>Vedoucí: %1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Počet míst: %1</translation>
    </message>
</context>
<context>
    <name>kotva::ImapClient</name>
    <message>
        <source>The mail folder &quot;%1&quot; does not exist or cannot be opened.</source>
        <translation>Poštovní složka „%1“ neexistuje nebo ji nelze otevřít.</translation>
    </message>
    <message>
        <source>The mail server does not allow logging in with a password.</source>
        <translation>Poštovní server nedovoluje přihlášení heslem.</translation>
    </message>
    <message>
        <source>This mail server accepts only user names and passwords in plain English letters, digits and punctuation.</source>
        <translation>Tento poštovní server přijímá jen uživatelská jména a hesla z písmen bez diakritiky, číslic a interpunkce.</translation>
    </message>
    <message>
        <source>The message is no longer in the mail folder.</source>
        <translation>Zpráva už v poštovní složce není.</translation>
    </message>
    <message>
        <source>The mail server&apos;s name could not be found. Check the server name and the internet connection.</source>
        <translation>Název poštovního serveru se nepodařilo najít. Zkontrolujte název serveru a připojení k internetu.</translation>
    </message>
    <message>
        <source>The mail server does not answer at this address and port. Check the server name, the port (IMAPS is usually 993) and the firewall.</source>
        <translation>Poštovní server na této adrese a portu neodpovídá. Zkontrolujte název serveru, port (IMAPS bývá 993) a firewall.</translation>
    </message>
    <message>
        <source>No secure connection to the mail server could be made. Kotva connects only with TLS from the start (IMAPS, usually port 993).</source>
        <translation>Zabezpečené spojení s poštovním serverem se nepodařilo navázat. Kotva se připojuje jen přes TLS od samého začátku (IMAPS, obvykle port 993).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted.</source>
        <translation>Certifikátu poštovního serveru se nedá důvěřovat.</translation>
    </message>
    <message>
        <source>The server did not greet Kotva as an IMAP mail server.</source>
        <translation>Server Kotvu nepozdravil jako poštovní server IMAP.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Poštovní server odmítl uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <source>The mail folder does not exist or cannot be opened.</source>
        <translation>Poštovní složka neexistuje nebo ji nelze otevřít.</translation>
    </message>
    <message>
        <source>The mail server answered something Kotva cannot accept.</source>
        <translation>Poštovní server odpověděl něco, co Kotva nemůže přijmout.</translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation>Poštovní server přestal odpovídat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>The mail server refused the request.</source>
        <translation>Poštovní server požadavek odmítl.</translation>
    </message>
</context>
<context>
    <name>kotva::InboxModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>E-mail contact %1. Double-click or press Enter to open the conversation.</source>
        <translation>E-mailový kontakt %1. Rozhovor otevřete dvojitým kliknutím nebo klávesou Enter.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Přijato %1</translation>
    </message>
    <message>
        <source>The answer was due on %1. Answer as soon as you can.</source>
        <translation>Termín odpovědi byl %1. Odpovězte co nejdříve.</translation>
    </message>
    <message>
        <source>The answer is due by %1 (4 working days).</source>
        <translation>Odpovědět je třeba do %1 (4 pracovní dny).</translation>
    </message>
    <message>
        <source>Acute danger: open the contact; the crisis-referral pane gives the crisis lines for the answer. No crisis intervention by e-mail.</source>
        <translation>Akutní nebezpečí: otevřete kontakt; panel krizových kontaktů nabídne krizové linky pro odpověď. Žádná krizová intervence e-mailem.</translation>
    </message>
    <message>
        <source>Attachments are never opened, saved or shown; only their number is known.</source>
        <translation>Přílohy se nikdy neotevírají, neukládají ani nezobrazují; známý je jen jejich počet.</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Bez příloh.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Termín odpovědi</translation>
    </message>
    <message>
        <source>Crisis level</source>
        <translation>Míra rizika</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Potvrzení o přijetí</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
</context>
<context>
    <name>kotva::InboxPane</name>
    <message>
        <source>&amp;Fetch mail</source>
        <translation>&amp;Načíst poštu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>&amp;Set up the mailbox…</source>
        <translation>Na&amp;stavit schránku…</translation>
    </message>
    <message>
        <source>E-mail inbox</source>
        <translation>E-mailová poradna</translation>
    </message>
    <message>
        <source>Fetch new e-mail and send the acknowledgements (F5)</source>
        <translation>Načíst novou poštu a odeslat potvrzení o přijetí (F5)</translation>
    </message>
    <message>
        <source>Attachments are never opened, saved or shown. E-mail is no place for crisis intervention: an e-mail in acute danger is answered with 112, 155 and the crisis lines (the crisis-referral pane opens with the contact).</source>
        <translation>Přílohy se nikdy neotevírají, neukládají ani nezobrazují. E-mail není místo pro krizovou intervenci: na e-mail v akutním nebezpečí se odpovídá čísly 112, 155 a krizovými linkami (s kontaktem se otevře panel krizových kontaktů).</translation>
    </message>
    <message>
        <source>Fetching progress</source>
        <translation>Průběh načítání</translation>
    </message>
    <message>
        <source>Stop fetching; what has come in so far is kept</source>
        <translation>Zastavit načítání; co už přišlo, zůstane zachováno</translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet, so no e-mail can be fetched or answered.</source>
        <translation>Schránka organizace ještě není nastavená, proto nelze e-maily načítat ani na ně odpovídat.</translation>
    </message>
    <message>
        <source>E-mail contacts, most urgent first</source>
        <translation>E-mailové kontakty, nejnaléhavější nahoře</translation>
    </message>
    <message>
        <source>E-mail counselling by month (numbers only)</source>
        <translation>E-mailová poradna po měsících (jen počty)</translation>
    </message>
    <message>
        <source>Fetch mail</source>
        <translation>Načíst poštu</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruší se…</translation>
    </message>
    <message>
        <source>No e-mail waits for an answer</source>
        <translation>Žádný e-mail nečeká na odpověď</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) waiting for an answer</source>
        <translation>
            <numerusform>%n e-mail čeká na odpověď</numerusform>
            <numerusform>%n e-maily čekají na odpověď</numerusform>
            <numerusform>%n e-mailů čeká na odpověď</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, z toho %n po termínu</numerusform>
            <numerusform>, z toho %n po termínu</numerusform>
            <numerusform>, z toho %n po termínu</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet</source>
        <translation>Schránka organizace ještě není nastavená</translation>
    </message>
    <message>
        <source>The inbox lists what clients write to the organisation&apos;s e-mail address. Each e-mail becomes an e-mail contact: the client gets an automatic acknowledgement, and the answer is due within 4 working days. Acute e-mails come first, then the nearest due date.</source>
        <translation>Poradna zobrazuje, co klienti píšou na e-mailovou adresu organizace. Z každého e-mailu vznikne e-mailový kontakt: klient dostane automatické potvrzení o přijetí a odpovědět je třeba do 4 pracovních dnů. Nahoře jsou akutní e-maily, pak ty s nejbližším termínem.</translation>
    </message>
    <message>
        <source>No e-mail yet. Press Fetch mail to check the mailbox.</source>
        <translation>Zatím žádné e-maily. Schránku zkontrolujete tlačítkem Načíst poštu.</translation>
    </message>
    <message>
        <source>Set up the organisation&apos;s mailbox first (the button above).</source>
        <translation>Nejdřív nastavte schránku organizace (tlačítko výše).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <translation>Zkontrolováno v %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) with signs of acute danger just came in (%1). Open it now: the crisis-referral pane comes up with it.</source>
        <translation>
            <numerusform>Právě přišel %n e-mail se známkami akutního ohrožení (%1). Otevřete ho hned: otevře se s ním i panel krizových kontaktů.</numerusform>
            <numerusform>Právě přišly %n e-maily se známkami akutního ohrožení (%1). Otevřete je hned: otevře se s nimi i panel krizových kontaktů.</numerusform>
            <numerusform>Právě přišlo %n e-mailů se známkami akutního ohrožení (%1). Otevřete je hned: otevře se s nimi i panel krizových kontaktů.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::InboxTexts</name>
    <message>
        <source>Pending</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Odesílá se…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>May have been sent (uncertain)</source>
        <translation>Možná odesláno (nejisté)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Není potřeba</translation>
    </message>
    <message>
        <source>The automatic acknowledgement goes out with the next fetch.</source>
        <translation>Automatické potvrzení o přijetí odejde při příštím načtení pošty.</translation>
    </message>
    <message>
        <source>The automatic acknowledgement is being sent.</source>
        <translation>Automatické potvrzení o přijetí se odesílá.</translation>
    </message>
    <message>
        <source>The client was told that the e-mail arrived and when to expect an answer.</source>
        <translation>Klient dostal zprávu, že e-mail dorazil a kdy může čekat odpověď.</translation>
    </message>
    <message>
        <source>Sending was interrupted, so the acknowledgement may or may not have reached the client. It is never sent twice; mention it in your answer if it matters.</source>
        <translation>Odesílání bylo přerušeno, takže potvrzení o přijetí ke klientovi možná dorazilo, a možná ne. Nikdy se neodesílá dvakrát; pokud na tom záleží, zmiňte to v odpovědi.</translation>
    </message>
    <message>
        <source>The mail server refused the acknowledgement. The client has not been told that the e-mail arrived.</source>
        <translation>Poštovní server potvrzení o přijetí odmítl. Klient se nedozvěděl, že e-mail dorazil.</translation>
    </message>
    <message>
        <source>No acknowledgement: the e-mail was old when it was fetched, or came from the organisation&apos;s own address.</source>
        <translation>Bez potvrzení o přijetí: e-mail byl při načtení už starý, nebo přišel z vlastní adresy organizace.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zodpovězeno</translation>
    </message>
    <message>
        <source>Answer being sent…</source>
        <translation>Odpověď se odesílá…</translation>
    </message>
    <message>
        <source>Answer may have been sent</source>
        <translation>Odpověď možná odešla</translation>
    </message>
    <message>
        <source>Closed without an answer</source>
        <translation>Uzavřeno bez odpovědi</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Po termínu od %1</translation>
    </message>
    <message numerus="yes">
        <source>%n (not opened)</source>
        <translation>
            <numerusform>%n (neotevřená)</numerusform>
            <numerusform>%n (neotevřené)</numerusform>
            <numerusform>%n (neotevřených)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new e-mail(s)</source>
        <translation>
            <numerusform>%n nový e-mail</numerusform>
            <numerusform>%n nové e-maily</numerusform>
            <numerusform>%n nových e-mailů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) sent</source>
        <translation>
            <numerusform>%n potvrzení o přijetí odesláno</numerusform>
            <numerusform>%n potvrzení o přijetí odeslána</numerusform>
            <numerusform>%n potvrzení o přijetí odesláno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-reply(s), bounce(s) or list message(s) skipped without a reply</source>
        <translation>
            <numerusform>%n automatická odpověď, nedoručenka nebo hromadná zpráva přeskočena bez odpovědi</numerusform>
            <numerusform>%n automatické odpovědi, nedoručenky nebo hromadné zprávy přeskočeny bez odpovědi</numerusform>
            <numerusform>%n automatických odpovědí, nedoručenek nebo hromadných zpráv přeskočeno bez odpovědi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read and stay on the server</source>
        <translation>
            <numerusform>%n zprávu se nepodařilo přečíst, zůstává na serveru</numerusform>
            <numerusform>%n zprávy se nepodařilo přečíst, zůstávají na serveru</numerusform>
            <numerusform>%n zpráv se nepodařilo přečíst, zůstávají na serveru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) could not be sent</source>
        <translation>
            <numerusform>%n potvrzení o přijetí se nepodařilo odeslat</numerusform>
            <numerusform>%n potvrzení o přijetí se nepodařilo odeslat</numerusform>
            <numerusform>%n potvrzení o přijetí se nepodařilo odeslat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) may have been sent (uncertain; never sent twice)</source>
        <translation>
            <numerusform>%n potvrzení o přijetí možná odešlo (nejisté; nikdy se neodesílá dvakrát)</numerusform>
            <numerusform>%n potvrzení o přijetí možná odešla (nejisté; nikdy se neodesílají dvakrát)</numerusform>
            <numerusform>%n potvrzení o přijetí možná odešlo (nejisté; nikdy se neodesílají dvakrát)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered e-mail(s) moved to the archive folder</source>
        <translation>
            <numerusform>%n zodpovězený e-mail přesunut do archivní složky</numerusform>
            <numerusform>%n zodpovězené e-maily přesunuty do archivní složky</numerusform>
            <numerusform>%n zodpovězených e-mailů přesunuto do archivní složky</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered e-mail(s) deleted from the server</source>
        <translation>
            <numerusform>%n zodpovězený e-mail smazán ze serveru</numerusform>
            <numerusform>%n zodpovězené e-maily smazány ze serveru</numerusform>
            <numerusform>%n zodpovězených e-mailů smazáno ze serveru</numerusform>
        </translation>
    </message>
    <message>
        <source>No new e-mail.</source>
        <translation>Žádné nové e-maily.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Fetching was cancelled; what came in is kept.</source>
        <translation>Načítání bylo zrušeno; co přišlo, zůstává zachováno.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Zastaveno: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n further message(s) in open conversations</source>
        <translation>
            <numerusform>%n další zpráva v otevřených rozhovorech</numerusform>
            <numerusform>%n další zprávy v otevřených rozhovorech</numerusform>
            <numerusform>%n dalších zpráv v otevřených rozhovorech</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::IndividualSupervision</name>
    <message>
        <source>The team&apos;s members could not be read.</source>
        <translation>Členy týmu se nepodařilo načíst.</translation>
    </message>
    <message>
        <source>This note is no longer shared for individual supervision (it was changed, deleted or it expired).</source>
        <translation>Tato poznámka už není sdílená pro individuální supervizi (byla změněna, smazána nebo jí vypršela lhůta).</translation>
    </message>
</context>
<context>
    <name>kotva::IndividualSupervisionPane</name>
    <message>
        <source>Individual supervision</source>
        <translation>Individuální supervize</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Notes shared for individual supervision, by member</source>
        <translation>Poznámky sdílené pro individuální supervizi, podle členů</translation>
    </message>
    <message>
        <source>&amp;Read the note</source>
        <translation>&amp;Přečíst poznámku</translation>
    </message>
    <message>
        <source>Shows the note&apos;s text; the access log records that you read it.</source>
        <translation>Ukáže text poznámky; záznam přístupů zaznamená, že jste ji četl/a.</translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation>Vybraná poznámka</translation>
    </message>
    <message>
        <source>What the team&apos;s members shared with you for individual supervision. The list shows no text: read a note when you prepare the member&apos;s supervision. Each reading is in the access log, without the note&apos;s words.</source>
        <translation>Co s vámi členové týmu sdíleli pro individuální supervizi. Seznam neukazuje text: poznámku si přečtěte, až budete supervizi člena připravovat. Každé čtení je v záznamu přístupů, bez slov poznámky.</translation>
    </message>
    <message>
        <source>No member has shared a note for individual supervision.</source>
        <translation>Žádný člen zatím nesdílel poznámku pro individuální supervizi.</translation>
    </message>
    <message>
        <source>The note is not open yet.</source>
        <translation>Poznámka zatím není otevřená.</translation>
    </message>
    <message>
        <source>Choose a note in the list.</source>
        <translation>Vyberte poznámku v seznamu.</translation>
    </message>
    <message>
        <source>Choose a note in the list first.</source>
        <translation>Nejdřív vyberte poznámku v seznamu.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · contact %1</source>
        <translation> · kontakt %1</translation>
    </message>
</context>
<context>
    <name>kotva::KeySlotFile</name>
    <message>
        <source>The members file of this vault is damaged: %1</source>
        <translation>Soubor členů tohoto trezoru je poškozený: %1</translation>
    </message>
    <message>
        <source>This vault has no members file.</source>
        <translation>Tento trezor nemá soubor členů.</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: nelze přečíst</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nelze zapsat</translation>
    </message>
    <message>
        <source>%1: cannot be written; the previous members file is kept.</source>
        <translation>%1: nelze zapsat; předchozí soubor členů zůstává.</translation>
    </message>
</context>
<context>
    <name>kotva::KeySlotSeal</name>
    <message>
        <source>A key slot needs 32-byte secrets.</source>
        <translation>Klíčový slot potřebuje 32bajtová tajemství.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Heslo je prázdné.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this member, or the members file was changed.</source>
        <translation>Heslo k tomuto členovi nepatří, nebo byl soubor členů změněn.</translation>
    </message>
</context>
<context>
    <name>kotva::KeySlots</name>
    <message>
        <source>This member has no key to the vault (removed, or never added).</source>
        <translation>Tento člen nemá k trezoru klíč (byl odebrán, nebo nikdy přidán).</translation>
    </message>
    <message>
        <source>This vault has a members file already.</source>
        <translation>Tento trezor už soubor členů má.</translation>
    </message>
    <message>
        <source>A member needs initials or a name.</source>
        <translation>Člen potřebuje iniciály nebo jméno.</translation>
    </message>
    <message>
        <source>The last member cannot be removed: nobody could open the vault.</source>
        <translation>Posledního člena nelze odebrat: trezor by pak nikdo neotevřel.</translation>
    </message>
</context>
<context>
    <name>kotva::KeychainStore</name>
    <message>
        <source>The keychain has no key for this vault.</source>
        <translation>V systémové klíčence není klíč k tomuto trezoru.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the key.</source>
        <translation>Systémová klíčenka je zamčená nebo odmítla přístup ke klíči.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Na tomto počítači není k dispozici žádná systémová klíčenka.</translation>
    </message>
    <message>
        <source>The keychain did not answer (no Secret Service is running).</source>
        <translation>Systémová klíčenka neodpověděla (neběží žádná služba Secret Service).</translation>
    </message>
    <message>
        <source>The keychain entry for this vault does not hold a valid key.</source>
        <translation>Záznam v systémové klíčence pro tento trezor neobsahuje platný klíč.</translation>
    </message>
    <message>
        <source>Only a generated key can be stored in the keychain.</source>
        <translation>Do systémové klíčenky lze uložit jen vygenerovaný klíč.</translation>
    </message>
</context>
<context>
    <name>kotva::LabelModel</name>
    <message>
        <source>The model %1 is damaged.</source>
        <translation>Model %1 je poškozený.</translation>
    </message>
</context>
<context>
    <name>kotva::Lexicon</name>
    <message>
        <source>JSON syntax error: %1.</source>
        <translation>Chyba syntaxe JSON: %1.</translation>
    </message>
    <message>
        <source>the file must contain one JSON object.</source>
        <translation>soubor musí obsahovat jeden objekt JSON.</translation>
    </message>
    <message>
        <source>the file has no &quot;entries&quot; list.</source>
        <translation>soubor nemá seznam „entries“.</translation>
    </message>
    <message>
        <source>&quot;defaults&quot; must be a JSON object.</source>
        <translation>„defaults“ musí být objekt JSON.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2.</source>
        <translation>id „%1“ je už použito na řádku %2.</translation>
    </message>
    <message>
        <source>Cannot read the lexicon %1: %2</source>
        <translation>Slovník %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The lexicon folder %1 does not exist.</source>
        <translation>Složka slovníků %1 neexistuje.</translation>
    </message>
    <message>
        <source>The lexicon folder %1 has no lexicon (*.json) files.</source>
        <translation>Složka slovníků %1 neobsahuje žádné soubory slovníků (*.json).</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used in %2, line %3.</source>
        <translation>id „%1“ je už použito v souboru %2, na řádku %3.</translation>
    </message>
    <message>
        <source>Lexicon %1, line %2: the id &quot;%3&quot; is already used in %4, line %5.</source>
        <translation>Slovník %1, řádek %2: id „%3“ je už použito v souboru %4, na řádku %5.</translation>
    </message>
    <message>
        <source>Lexicon %1, line %2: %3</source>
        <translation>Slovník %1, řádek %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of patterns.</source>
        <translation>„%1“ musí být neprázdný seznam vzorů.</translation>
    </message>
    <message>
        <source>every item of &quot;%1&quot; must be a non-empty string.</source>
        <translation>každá položka v „%1“ musí být neprázdný text.</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot;: %2</source>
        <translation>vzor „%1“: %2</translation>
    </message>
    <message>
        <source>every entry must be a JSON object.</source>
        <translation>každý záznam musí být objekt JSON.</translation>
    </message>
    <message>
        <source>the entry has no &quot;id&quot;.</source>
        <translation>záznam nemá „id“.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has no &quot;category&quot;.</source>
        <translation>záznam „%1“ nemá „category“.</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only end a word, or stand alone as a gap (&quot;*&quot; or &quot;*1&quot; to &quot;*9&quot;).</source>
        <translation>„*“ smí stát jen na konci slova, nebo samostatně jako mezera mezi slovy („*“ nebo „*1“ až „*9“).</translation>
    </message>
    <message>
        <source>a stem before &quot;*&quot; needs at least 3 letters or digits.</source>
        <translation>kmen slova před „*“ musí mít alespoň 3 písmena nebo číslice.</translation>
    </message>
    <message>
        <source>the pattern has no literal word.</source>
        <translation>vzor neobsahuje žádné pevné slovo.</translation>
    </message>
    <message>
        <source>a pattern may not start or end with a gap.</source>
        <translation>vzor nesmí začínat ani končit mezerou mezi slovy.</translation>
    </message>
    <message>
        <source>Forms table %1, line %2: expected a lemma, a tab and its forms.</source>
        <translation>Tabulka tvarů %1, řádek %2: očekává se základní tvar, tabulátor a jeho tvary.</translation>
    </message>
    <message>
        <source>Cannot read the forms table %1: %2</source>
        <translation>Tabulku tvarů %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The forms table built into Kotva is out of date: rebuild Kotva.</source>
        <translation>Tabulka tvarů zabudovaná v Kotvě je zastaralá: sestavte Kotvu znovu.</translation>
    </message>
    <message>
        <source>Generate the forms of the folder&apos;s lemmas: python3 scripts/lexicon-forms.py &quot;%1&quot; (needs the packages hunspell-cs and hunspell-tools; a word the dictionary lacks is written &quot;~word=example&quot;).</source>
        <translation>Vytvořte tvary slov této složky: python3 scripts/lexicon-forms.py &quot;%1&quot; (potřebuje balíčky hunspell-cs a hunspell-tools; slovo, které slovník nezná, se zapíše „~slovo=vzor“).</translation>
    </message>
    <message>
        <source>&quot;~%1&quot;: write &quot;~lemma&quot; or &quot;~word=example&quot; with whole words (no &quot;*&quot;, no punctuation).</source>
        <translation>„~%1“: pište „~slovo“ nebo „~slovo=vzor“ celými slovy (bez „*“, bez interpunkce).</translation>
    </message>
    <message>
        <source>no forms are known for &quot;~%1&quot;.</source>
        <translation>tvary slova „~%1“ nejsou známy.</translation>
    </message>
    <message>
        <source>the forms table has no forms for &quot;~%1&quot;.</source>
        <translation>tabulka tvarů nemá pro „~%1“ žádné tvary.</translation>
    </message>
    <message>
        <source>&quot;~&quot; may only start a word (&quot;~lemma&quot;).</source>
        <translation>„~“ smí stát jen na začátku slova („~slovo“).</translation>
    </message>
    <message>
        <source>the &quot;~&quot; words stand for more than %1 combinations of forms; split the pattern or use a stem (&quot;word*&quot;).</source>
        <translation>slova s „~“ dávají víc než %1 kombinací tvarů; rozdělte vzor nebo použijte kmen („slovo*“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands outside every entry; it belongs inside one of the objects of &quot;entries&quot;.</source>
        <translation>„%1“ stojí mimo všechny položky; patří dovnitř jednoho z objektů v „entries“.</translation>
    </message>
</context>
<context>
    <name>kotva::LocalServiceEditor</name>
    <message>
        <source>Monday</source>
        <translation>pondělí</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>úterý</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>středa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>čtvrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>pátek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>neděle</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Přidat službu</translation>
    </message>
    <message>
        <source>Edit a service</source>
        <translation>Upravit službu</translation>
    </message>
    <message>
        <source>the Czech name is used when empty</source>
        <translation>když zůstane prázdné, použije se český název</translation>
    </message>
    <message>
        <source>Crisis line (by phone)</source>
        <translation>Krizová linka (po telefonu)</translation>
    </message>
    <message>
        <source>Crisis centre (a place to go)</source>
        <translation>Krizové centrum (místo, kam přijít)</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Celá republika</translation>
    </message>
    <message>
        <source>street, postcode, town (for a crisis centre)</source>
        <translation>ulice, PSČ, obec (u krizového centra)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Název an&amp;glicky:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>&amp;Pro koho:</translation>
    </message>
    <message>
        <source>Run &amp;by:</source>
        <translation>Provo&amp;zovatel:</translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation>Kdy je k zastižení</translation>
    </message>
    <message>
        <source>&amp;Nonstop, every day</source>
        <translation>Non&amp;stop, každý den</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zavřeno</translation>
    </message>
    <message>
        <source>Closed on public &amp;holidays</source>
        <translation>O s&amp;vátcích zavřeno</translation>
    </message>
    <message>
        <source>The call is &amp;free</source>
        <translation>Hovor je zdar&amp;ma</translation>
    </message>
    <message>
        <source>Also for &amp;children and young people</source>
        <translation>Také pro d&amp;ěti a mladé lidi</translation>
    </message>
    <message>
        <source>Also for &amp;seniors</source>
        <translation>Také pro s&amp;eniory</translation>
    </message>
    <message>
        <source>Helps people facing &amp;violence</source>
        <translation>Pomáhá lidem ohroženým n&amp;ásilím</translation>
    </message>
    <message>
        <source>optional: the service&apos;s web page</source>
        <translation>nepovinné: webová stránka služby</translation>
    </message>
    <message>
        <source>&amp;Confirmed on:</source>
        <translation>&amp;Ověřeno dne:</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>&amp;Webová stránka:</translation>
    </message>
    <message>
        <source>N&amp;ote for workers:</source>
        <translation>Poznámka pro pra&amp;covníky:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range; write it like 8:00–16:00.</source>
        <translation>„%1“ není časový úsek; napište ho jako 8:00–16:00.</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Zadejte název služby.</translation>
    </message>
    <message>
        <source>Give the number the client should call.</source>
        <translation>Zadejte číslo, na které má klient volat.</translation>
    </message>
    <message>
        <source>A crisis centre needs its address and its region, so the client can find it.</source>
        <translation>Krizové centrum potřebuje adresu a kraj, aby ho klient našel.</translation>
    </message>
    <message>
        <source>Say when the service answers: tick Nonstop or give the hours of at least one day.</source>
        <translation>Uveďte, kdy je služba k zastižení: zaškrtněte Nonstop, nebo vyplňte hodiny alespoň jednoho dne.</translation>
    </message>
</context>
<context>
    <name>kotva::LocalServices</name>
    <message>
        <source>That service is no longer in the list.</source>
        <translation>Tato služba už v seznamu není.</translation>
    </message>
    <message>
        <source>The file of the organisation&apos;s services, %1, could not be read, so Kotva does not change it: fix it or move it away first, so nothing in it is lost.</source>
        <translation>Soubor se službami organizace %1 nejde přečíst, proto ho Kotva nemění: nejdřív ho opravte nebo přesuňte jinam, ať se z něj nic neztratí.</translation>
    </message>
    <message>
        <source>The organisation&apos;s services could not be saved to %1; nothing was changed.</source>
        <translation>Služby organizace nešlo uložit do %1; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>The services could not be exported to %1.</source>
        <translation>Služby nešlo vyexportovat do %1.</translation>
    </message>
</context>
<context>
    <name>kotva::LocalServicesDialog</name>
    <message>
        <source>Your organisation&apos;s services</source>
        <translation>Služby vaší organizace</translation>
    </message>
    <message>
        <source>Local services your workers can refer clients to, offered in the crisis pane beside the national directory. Confirm each one at least once a year: one not confirmed for 12 months is marked for the workers.</source>
        <translation>Místní služby, na které mohou vaši pracovníci klienty odkázat; krizový panel je nabízí vedle celostátního adresáře. Každou potvrďte alespoň jednou za rok: služba nepotvrzená 12 měsíců se pracovníkům označí.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ověřeno</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Přidat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Confirmed &amp;today</source>
        <translation>Ověřeno &amp;dnes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovat…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportovat…</translation>
    </message>
    <message>
        <source>Import services</source>
        <translation>Importovat služby</translation>
    </message>
    <message>
        <source>Referral directory (*.json)</source>
        <translation>Adresář služeb (*.json)</translation>
    </message>
    <message>
        <source>Export services</source>
        <translation>Exportovat služby</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>celá republika</translation>
    </message>
    <message>
        <source>%1 – over 12 months ago</source>
        <translation>%1 – před více než 12 měsíci</translation>
    </message>
    <message>
        <source>Not confirmed for over 12 months: check it still holds.</source>
        <translation>Nepotvrzeno déle než 12 měsíců: ověřte, že údaje stále platí.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>služba</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Uloženo: %1.</translation>
    </message>
    <message>
        <source>%1 is confirmed as of today.</source>
        <translation>%1 je ověřena k dnešnímu dni.</translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation>Odebrat službu</translation>
    </message>
    <message>
        <source>Remove %1 from your organisation&apos;s services? Workers will no longer be offered it.</source>
        <translation>Odebrat %1 ze služeb organizace? Pracovníkům se už nebude nabízet.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Odebráno: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nic se neimportovalo: %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 updated, %4 left as they were.</source>
        <translation>Importováno z %1: nových %2, aktualizovaných %3, beze změny %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) exported to %1.</source>
        <translation>
            <numerusform>%n služba vyexportována do %1.</numerusform>
            <numerusform>%n služby vyexportovány do %1.</numerusform>
            <numerusform>%n služeb vyexportováno do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::MailAnswers</name>
    <message>
        <source>This contact did not come by e-mail, so it cannot be answered by e-mail.</source>
        <translation>Tento kontakt nepřišel e-mailem, proto na něj nelze e-mailem odpovědět.</translation>
    </message>
    <message>
        <source>This e-mail has been answered already.</source>
        <translation>Na tento e-mail už bylo odpovězeno.</translation>
    </message>
    <message>
        <source>Kotva stopped while the answer was being sent, so it may have gone out. To be sure the client does not get it twice, it is not sent again; check the mailbox&apos;s sent folder.</source>
        <translation>Kotva se ukončila během odesílání odpovědi, takže možná odešla. Aby ji klient nedostal dvakrát, znovu se neodešle; podívejte se do odeslané pošty schránky.</translation>
    </message>
    <message>
        <source>The client&apos;s address is no longer kept, so this e-mail cannot be answered any more.</source>
        <translation>Adresa klienta už není uložená, proto na tento e-mail už nelze odpovědět.</translation>
    </message>
    <message>
        <source>An empty answer cannot be sent.</source>
        <translation>Prázdnou odpověď nelze odeslat.</translation>
    </message>
</context>
<context>
    <name>kotva::MailFiguresModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Answers sent within the deadline, of all answers to that month&apos;s e-mail</source>
        <translation>Odpovědi odeslané v termínu ze všech odpovědí na e-maily daného měsíce</translation>
    </message>
    <message>
        <source>Half of the answers went out faster than this, half slower</source>
        <translation>Polovina odpovědí odešla rychleji, polovina pomaleji</translation>
    </message>
    <message>
        <source>E-mails asking for something the service does not give (a diagnosis, medication, legal advice…), answered with why not and where to go</source>
        <translation>E-maily žádající něco, co služba neposkytuje (diagnózu, léky, právní radu…), zodpovězené vysvětlením, proč ne a kam se obrátit</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zodpovězeno</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>V termínu</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Medián doby</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Mimo rozsah služby</translation>
    </message>
</context>
<context>
    <name>kotva::MailIntake</name>
    <message>
        <source>Subject: %1</source>
        <translation>Předmět: %1</translation>
    </message>
    <message>
        <source>(The e-mail has no text.)</source>
        <translation>(E-mail nemá žádný text.)</translation>
    </message>
    <message>
        <source>Attachments (not opened):</source>
        <translation>Přílohy (neotevřené):</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The acknowledgements could not be prepared.</source>
        <translation>Potvrzení o přijetí se nepodařilo připravit.</translation>
    </message>
</context>
<context>
    <name>kotva::MailPassword</name>
    <message>
        <source>The mailbox password is empty.</source>
        <translation>Heslo ke schránce je prázdné.</translation>
    </message>
    <message>
        <source>No mailbox password is stored yet (Settings → E-mail counselling).</source>
        <translation>Heslo ke schránce zatím není uložené (Nastavení → E-mailová poradna).</translation>
    </message>
    <message>
        <source>The mailbox password is kept in the keychain, which Kotva cannot reach here.</source>
        <translation>Heslo ke schránce je uložené v klíčence, na kterou Kotva odsud nedosáhne.</translation>
    </message>
    <message>
        <source>The keychain no longer has the mailbox password: type it again in Settings → E-mail counselling.</source>
        <translation>Klíčenka už heslo ke schránce nemá: zadejte ho znovu v Nastavení → E-mailová poradna.</translation>
    </message>
    <message>
        <source>The keychain did not give the mailbox password: %1</source>
        <translation>Klíčenka heslo ke schránce nevydala: %1</translation>
    </message>
</context>
<context>
    <name>kotva::MailService</name>
    <message>
        <source>Kotva is already talking to the mail server.</source>
        <translation>Kotva už s poštovním serverem komunikuje.</translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet (Settings → E-mail).</source>
        <translation>Schránka organizace ještě není nastavená (Nastavení → E-mail).</translation>
    </message>
    <message>
        <source>The answer was sent, but its copy could not be saved.</source>
        <translation>Odpověď odešla, ale její kopii se nepodařilo uložit.</translation>
    </message>
    <message>
        <source>Another answer is waiting to be sent; send this one in a moment.</source>
        <translation>Jiná odpověď čeká na odeslání; tuto odešlete za chvíli.</translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsConnectionTest</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Vyzkoušet připojení</translation>
    </message>
    <message>
        <source>Connects to both servers with the values in this form, without saving them, and says what works.</source>
        <translation>Připojí se k oběma serverům s údaji z tohoto formuláře, aniž by je uložil, a ukáže, co funguje.</translation>
    </message>
    <message>
        <source>Connecting to the servers…</source>
        <translation>Připojování k serverům…</translation>
    </message>
    <message>
        <source>Show &amp;certificate…</source>
        <translation>Zobrazit &amp;certifikát…</translation>
    </message>
    <message>
        <source>IMAP (incoming mail)</source>
        <translation>IMAP (příchozí pošta)</translation>
    </message>
    <message>
        <source>connected, logged in and the inbox opened.</source>
        <translation>připojeno, přihlášeno a složka doručené pošty otevřena.</translation>
    </message>
    <message>
        <source>SMTP (outgoing mail)</source>
        <translation>SMTP (odchozí pošta)</translation>
    </message>
    <message>
        <source>connected and logged in.</source>
        <translation>připojeno a přihlášeno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>server: what happened</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsDialog</name>
    <message>
        <source>Kotva – E-mail counselling</source>
        <translation>Kotva – E-mailová poradna</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Schránka</translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation>&amp;Zpracování</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement</source>
        <translation>Po&amp;tvrzení o přijetí</translation>
    </message>
    <message>
        <source>Some settings could not be read: %1</source>
        <translation>Některá nastavení se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>Zatím neuloženo:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Nastavení se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>Fill in the servers and the account first.</source>
        <translation>Nejdřív vyplňte servery a účet.</translation>
    </message>
    <message>
        <source>Type the mailbox password: none is stored yet.</source>
        <translation>Zadejte heslo ke schránce: zatím není uložené žádné.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1, port %2</source>
        <translation>Příchozí pošta (IMAP): %1, port %2</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, port %2</source>
        <translation>Odchozí pošta (SMTP): %1, port %2</translation>
    </message>
    <message>
        <source>The certificate will be trusted once you save. Test the connection again to check.</source>
        <translation>Certifikátu se bude důvěřovat po uložení. Pro kontrolu připojení znovu vyzkoušejte.</translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsHandlingPage</name>
    <message>
        <source>Deadlines</source>
        <translation>Lhůty</translation>
    </message>
    <message>
        <source>&amp;Answer within:</source>
        <translation>&amp;Lhůta pro odpověď:</translation>
    </message>
    <message>
        <source>&amp;Keep the client&apos;s address for:</source>
        <translation>Uchovávat &amp;adresu klienta:</translation>
    </message>
    <message>
        <source>A&amp;cknowledge messages younger than:</source>
        <translation>Potvrzovat zprávy &amp;mladší než:</translation>
    </message>
    <message>
        <source>Working days are Czech working days: weekends and public holidays do not count. The client&apos;s address is removed from the vault this many days after the answer was sent, so a quick follow-up can still be answered. Older messages, for example when a mailbox is connected for the first time, are taken in without a late acknowledgement.</source>
        <translation>Pracovní dny jsou české pracovní dny: víkendy a státní svátky se nepočítají. Adresa klienta se z trezoru odstraní tolik dní po odeslání odpovědi, aby šlo ještě odpovědět na rychlou navazující zprávu. Starší zprávy, například při prvním připojení schránky, se převezmou bez opožděného potvrzení o přijetí.</translation>
    </message>
    <message>
        <source>After the answer, the message on the mail server is</source>
        <translation>Po odeslání odpovědi se zpráva na poštovním serveru</translation>
    </message>
    <message>
        <source>&amp;moved to the folder:</source>
        <translation>&amp;přesune do složky:</translation>
    </message>
    <message>
        <source>&amp;deleted from the server</source>
        <translation>o&amp;dstraní ze serveru</translation>
    </message>
    <message>
        <source>Either way, Kotva keeps only the redacted text of the conversation; the client&apos;s address goes after the period above.</source>
        <translation>V obou případech si Kotva ponechá jen text rozhovoru se skrytými údaji; adresa klienta se odstraní po uplynutí výše uvedené doby.</translation>
    </message>
    <message>
        <source>Enter the folder answered messages are moved to, or choose to delete them.</source>
        <translation>Zadejte složku, do které se zodpovězené zprávy přesouvají, nebo zvolte jejich odstranění.</translation>
    </message>
    <message numerus="yes">
        <source>working day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>pracovní den</numerusform>
            <numerusform>pracovní dny</numerusform>
            <numerusform>pracovních dnů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) after the answer</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>den po odpovědi</numerusform>
            <numerusform>dny po odpovědi</numerusform>
            <numerusform>dní po odpovědi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>den</numerusform>
            <numerusform>dny</numerusform>
            <numerusform>dní</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Nová pošta</translation>
    </message>
    <message>
        <source>only with Fetch mail</source>
        <translation>jen tlačítkem Načíst poštu</translation>
    </message>
    <message>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Kontrolovat novou poštu každých:</translation>
    </message>
    <message>
        <source>While the vault is open, Kotva fetches new mail and sends the acknowledgements on its own, starting a few seconds after unlocking. Nothing is fetched while the vault is locked.</source>
        <translation>Dokud je trezor otevřený, Kotva sama načítá novou poštu a posílá potvrzení přijetí, poprvé pár sekund po odemčení. Když je trezor zamčený, nenačítá se nic.</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>minutu</numerusform>
            <numerusform>minuty</numerusform>
            <numerusform>minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsMailboxPage</name>
    <message>
        <source>Servers</source>
        <translation>Servery</translation>
    </message>
    <message>
        <source>e.g. imap.example.org</source>
        <translation>např. imap.example.org</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>např. smtp.example.org</translation>
    </message>
    <message>
        <source>&amp;Incoming mail (IMAP):</source>
        <translation>&amp;Příchozí pošta (IMAP):</translation>
    </message>
    <message>
        <source>&amp;Outgoing mail (SMTP):</source>
        <translation>&amp;Odchozí pošta (SMTP):</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Kotva connects only over TLS from the first byte (IMAPS, usually port 993; SMTPS, usually 465). It never sends the password unencrypted and does not use STARTTLS, which can be downgraded by someone in between.</source>
        <translation>Kotva se připojuje jen přes TLS od prvního bajtu (IMAPS, obvykle port 993; SMTPS, obvykle 465). Heslo nikdy neposílá nešifrovaně a nepoužívá STARTTLS, u kterého může někdo mezi vámi a serverem šifrování vyřadit.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>e.g. poradna@example.org</source>
        <translation>např. poradna@example.org</translation>
    </message>
    <message>
        <source>Signs the automatic acknowledgement</source>
        <translation>Podepisuje automatické potvrzení o přijetí</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Kept in the encrypted vault on this computer; leave empty to keep the stored one.</source>
        <translation>Uloží se do šifrovaného trezoru v tomto počítači; když pole necháte prázdné, zůstane uložené heslo.</translation>
    </message>
    <message>
        <source>Service&apos;s &amp;address:</source>
        <translation>&amp;Adresa služby:</translation>
    </message>
    <message>
        <source>Incoming &amp;folder:</source>
        <translation>S&amp;ložka příchozí pošty:</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;name:</source>
        <translation>&amp;Název organizace:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <source>Certificates trusted explicitly:</source>
        <translation>Výslovně důvěryhodné certifikáty:</translation>
    </message>
    <message>
        <source>Stored in the vault; type to replace it</source>
        <translation>Uloženo v trezoru; zadáním ho nahradíte</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Zatím neuloženo</translation>
    </message>
    <message>
        <source>A server name has no spaces, slashes or colons: only the name, such as imap.example.org (the port goes beside it).</source>
        <translation>Název serveru neobsahuje mezery, lomítka ani dvojtečky: jen samotný název, například imap.example.org (port se zadává vedle).</translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation>Zadejte server příchozí pošty (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation>Zadejte server odchozí pošty (SMTP).</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Port je číslo od 1 do 65535.</translation>
    </message>
    <message>
        <source>Enter the user name of the mailbox.</source>
        <translation>Zadejte uživatelské jméno ke schránce.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s e-mail address, such as poradna@example.org.</source>
        <translation>Zadejte e-mailovou adresu služby, například poradna@example.org.</translation>
    </message>
    <message>
        <source>Enter the folder the mail arrives in (usually INBOX).</source>
        <translation>Zadejte složku, do které pošta přichází (obvykle INBOX).</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain when the vault&apos;s key is kept there, otherwise in the encrypted vault; never in a plain settings file.</source>
        <translation>Heslo je uložené v klíčence tohoto počítače, pokud je v ní i klíč trezoru, jinak v šifrovaném trezoru; nikdy v obyčejném souboru s nastavením.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Uloženo v klíčence; zadáním ho nahradíte</translation>
    </message>
</context>
<context>
    <name>kotva::MainWindow</name>
    <message>
        <source>Kotva</source>
        <translation>Kotva</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekce</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Trezor</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zamknout</translation>
    </message>
    <message>
        <source>Lock Kotva: close the vault until it is unlocked again (Ctrl+L)</source>
        <translation>Zamknout Kotvu: trezor zůstane zavřený, dokud ho znovu neodemknete (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Trezor</translation>
    </message>
    <message>
        <source>&amp;About Kotva</source>
        <translation>&amp;O aplikaci Kotva</translation>
    </message>
    <message>
        <source>About Kotva</source>
        <translation>O aplikaci Kotva</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kotva %1&lt;/h3&gt;&lt;p&gt;A safe workspace for peer workers. Clients stay anonymous, nothing identifying is stored, and everything stored expires.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kotva %1&lt;/h3&gt;&lt;p&gt;Bezpečný pracovní prostor pro peer pracovníky. Klienti zůstávají anonymní, nic, co by je identifikovalo, se neukládá, a vše uložené po čase zanikne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hlavní panel nástrojů</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Zálohy…</translation>
    </message>
    <message>
        <source>Back up the vault to a folder, or restore a backup</source>
        <translation>Zálohovat trezor do složky nebo obnovit zálohu</translation>
    </message>
</context>
<context>
    <name>kotva::MemberDialog</name>
    <message>
        <source>Make it a team vault</source>
        <translation>Udělat z trezoru týmový</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Přidat člena</translation>
    </message>
    <message>
        <source>Each member of the team will unlock this vault with their own passphrase. You become its team lead: you add the others and set their roles. The vault is re-encrypted with a new key; the keychain and the passphrase used until now stop opening it.</source>
        <translation>Každý člen týmu bude tento trezor odemykat svým vlastním heslem. Vy se stanete vedoucím týmu: přidáváte ostatní a nastavujete jejich role. Trezor se znovu zašifruje novým klíčem; klíčenka ani dosavadní heslo ho už neotevřou.</translation>
    </message>
    <message>
        <source>The new member unlocks the vault with the first passphrase you choose here and must choose their own at their first unlock. Tell it to them in person, not by e-mail.</source>
        <translation>Nový člen trezor odemkne prvním heslem, které tu zvolíte, a při prvním odemčení si musí zvolit vlastní. Řekněte mu ho osobně, ne e-mailem.</translation>
    </message>
    <message>
        <source>initials or a chosen name, e.g. &quot;EK&quot;</source>
        <translation>iniciály nebo zvolené jméno, např. „EK“</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Vy jste:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Č&amp;len:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>The first passphrase:</source>
        <translation>První heslo:</translation>
    </message>
    <message>
        <source>&amp;Make it a team vault</source>
        <translation>&amp;Udělat z trezoru týmový</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Přidat člena</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase. If you forget yours, another team lead can give you a new first one, but your private notes, sealed with your own key, are then lost.</source>
        <translation>Zapomenuté heslo nikdo neobnoví. Když to své zapomenete, jiný vedoucí týmu vám může dát nové první heslo, ale vaše soukromé poznámky, zapečetěné vaším vlastním klíčem, se tím ztratí.</translation>
    </message>
</context>
<context>
    <name>kotva::MembersDialog</name>
    <message>
        <source>Members of the team</source>
        <translation>Členové týmu</translation>
    </message>
    <message>
        <source>Each member unlocks the vault with their own passphrase. A peer worker meets clients and writes notes; a team lead prepares supervision, keeps this list and sees the figures; a coordinator plans the group programme and sees the figures.</source>
        <translation>Každý člen odemyká trezor svým vlastním heslem. Peer pracovník se setkává s klienty a píše poznámky; vedoucí týmu připravuje supervizi, spravuje tento seznam a vidí čísla; koordinátor plánuje program skupin a vidí čísla.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Přidat člena…</translation>
    </message>
    <message>
        <source>&amp;New first passphrase…</source>
        <translation>&amp;Nové první heslo…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Odebrat…</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vy)</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>bez klíče</translation>
    </message>
    <message>
        <source>first passphrase, not changed yet</source>
        <translation>první heslo, zatím nezměněné</translation>
    </message>
    <message>
        <source>own passphrase</source>
        <translation>vlastní heslo</translation>
    </message>
    <message>
        <source>The roles of %1 were changed; they apply from their next unlock.</source>
        <translation>Role člena %1 se změnily; platí od jeho příštího odemčení.</translation>
    </message>
    <message>
        <source>%1 can now unlock the vault with the first passphrase and will be asked to choose their own.</source>
        <translation>%1 teď může trezor odemknout prvním heslem a bude vyzván, aby si zvolil vlastní.</translation>
    </message>
    <message>
        <source>Give %1 a new first passphrase?</source>
        <translation>Dát členovi %1 nové první heslo?</translation>
    </message>
    <message>
        <source>Use this only when %1 has forgotten their passphrase.</source>
        <translation>Použijte to jen tehdy, když %1 zapomněl své heslo.</translation>
    </message>
    <message>
        <source>Give a new passphrase</source>
        <translation>Dát nové heslo</translation>
    </message>
    <message>
        <source>New first passphrase for %1</source>
        <translation>Nové první heslo pro %1</translation>
    </message>
    <message>
        <source>%1 unlocks with it once and then chooses their own.</source>
        <translation>%1 jím jednou odemkne a pak si zvolí vlastní.</translation>
    </message>
    <message>
        <source>%1 has a new first passphrase.</source>
        <translation>%1 má nové první heslo.</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>Odebrat člena %1 z týmu?</translation>
    </message>
    <message>
        <source>Their key is wiped from the team&apos;s keys and their roles from the vault: their passphrase opens nothing from now on.</source>
        <translation>Jeho klíč se smaže z klíčů týmu a jeho role z trezoru: jeho heslo odteď nic neotevře.</translation>
    </message>
    <message>
        <source>A copy of the vault and of its keys file made before today still opens with their passphrase. Removing a member cannot reach such copies: keep backups where only the team lead can get them.</source>
        <translation>Kopie trezoru a jeho souboru klíčů pořízená dřív se jeho heslem otevře i nadále. Odebrání člena na takové kopie nedosáhne: zálohy uchovávejte tam, kam se dostane jen vedoucí týmu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>%1 is no longer a member of the team.</source>
        <translation>%1 už není členem týmu.</translation>
    </message>
    <message>
        <source>Their old passphrase stops working at once. Their private notes were sealed with a key only the old one could open: nobody can read them any more. What they shared for supervision stays.</source>
        <translation>Staré heslo okamžitě přestane fungovat. Soukromé poznámky člena byly zapečetěny klíčem, který otevřelo jen staré heslo: už je nikdo nepřečte. Co sdílel pro supervizi, zůstává.</translation>
    </message>
</context>
<context>
    <name>kotva::MimeReader</name>
    <message>
        <source>Parts nested too deeply were not read.</source>
        <translation>Příliš hluboko vnořené části zprávy nebyly načteny.</translation>
    </message>
    <message>
        <source>The message is incomplete (it was cut off); what arrived is shown.</source>
        <translation>Zpráva je neúplná (byla useknutá); zobrazuje se to, co dorazilo.</translation>
    </message>
    <message>
        <source>The message is encrypted and cannot be read here.</source>
        <translation>Zpráva je zašifrovaná a zde ji nelze přečíst.</translation>
    </message>
    <message>
        <source>Unnamed attachment (%1)</source>
        <translation>Nepojmenovaná příloha (%1)</translation>
    </message>
    <message>
        <source>Part of the text was damaged in transit (broken encoding); some characters may be wrong.</source>
        <translation>Část textu se cestou poškodila (vadné kódování); některé znaky mohou být chybně.</translation>
    </message>
    <message>
        <source>The text declares an unknown character set (%1); it was read as UTF-8 or Windows-1250 and some letters may be wrong.</source>
        <translation>Text uvádí neznámou znakovou sadu (%1); byl načten jako UTF-8 nebo Windows-1250 a některá písmena mohou být chybně.</translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid in its character set; they are shown as �.</source>
        <translation>Text obsahuje bajty, které v jeho znakové sadě nejsou platné; zobrazují se jako �.</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation>Přeposlaná zpráva</translation>
    </message>
    <message>
        <source>Forwarded message: %1</source>
        <translation>Přeposlaná zpráva: %1</translation>
    </message>
    <message>
        <source>The message&apos;s structure is damaged; what could be read is shown.</source>
        <translation>Struktura zprávy je poškozená; zobrazuje se to, co šlo přečíst.</translation>
    </message>
    <message>
        <source>The e-mail is empty.</source>
        <translation>E-mail je prázdný.</translation>
    </message>
    <message>
        <source>The e-mail is too large to read (%1 MB; at most %2 MB).</source>
        <translation>E-mail je příliš velký na přečtení (%1 MB; nejvýše %2 MB).</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has no e-mail headers.</source>
        <translation>Nejde o e-mailovou zprávu: nemá e-mailové hlavičky.</translation>
    </message>
    <message>
        <source>The message has no sender address; it cannot be answered.</source>
        <translation>Zpráva nemá adresu odesílatele; nelze na ni odpovědět.</translation>
    </message>
    <message>
        <source>The text is very long; only its first %1 characters are shown.</source>
        <translation>Text je velmi dlouhý; zobrazuje se jen prvních %1 znaků.</translation>
    </message>
</context>
<context>
    <name>kotva::MimeWriter</name>
    <message>
        <source>The sender&apos;s address is not a valid e-mail address.</source>
        <translation>Adresa odesílatele není platná e-mailová adresa.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not a valid e-mail address.</source>
        <translation>Adresa příjemce není platná e-mailová adresa.</translation>
    </message>
    <message>
        <source>The sender&apos;s name must be a single line.</source>
        <translation>Jméno odesílatele musí být na jednom řádku.</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>Předmět musí být na jednom řádku.</translation>
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation>Text obsahuje znak NUL.</translation>
    </message>
    <message>
        <source>A message identifier of the conversation is malformed.</source>
        <translation>Identifikátor zprávy v konverzaci je poškozený.</translation>
    </message>
    <message>
        <source>The message could not be written.</source>
        <translation>Zprávu se nepodařilo sestavit.</translation>
    </message>
</context>
<context>
    <name>kotva::MonthExports</name>
    <message>
        <source>The calendar cannot be written to %1: the folder is missing or not writable.</source>
        <translation>Kalendář nelze zapsat do %1: složka chybí nebo do ní nelze zapisovat.</translation>
    </message>
    <message>
        <source>The calendar could not be written completely.</source>
        <translation>Kalendář se nepodařilo zapsat celý.</translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation>Vytisknout program</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Náhled tisku — %1</translation>
    </message>
</context>
<context>
    <name>kotva::MonthOccurrenceModel</name>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Místo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Vedoucí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>internal: team supervision</source>
        <translation>interní: týmová supervize</translation>
    </message>
    <message>
        <source>internal: individual supervision</source>
        <translation>interní: individuální supervize</translation>
    </message>
</context>
<context>
    <name>kotva::MonthPageRenderer</name>
    <message>
        <source>Nothing is planned this month.</source>
        <translation>Na tento měsíc není nic naplánováno.</translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation>Státní svátky: %1</translation>
    </message>
    <message>
        <source>Programme for %1</source>
        <translation>Program na %1</translation>
    </message>
    <message>
        <source>%1 – programme for %2</source>
        <translation>%1 – program na %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivita</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Místo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Vedoucí</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n místo</numerusform>
            <numerusform>%n místa</numerusform>
            <numerusform>%n míst</numerusform>
        </translation>
    </message>
    <message>
        <source>About the activities</source>
        <translation>O aktivitách</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikdo</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message>
        <source>The page cannot be painted (the printer or the file refused it).</source>
        <translation>Stránku nelze vykreslit (tiskárna nebo soubor ji odmítly).</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Nelze začít novou stránku.</translation>
    </message>
    <message>
        <source>The pages cannot be finished.</source>
        <translation>Stránky nelze dokončit.</translation>
    </message>
</context>
<context>
    <name>kotva::MonthRows</name>
    <message>
        <source>break %1</source>
        <translation>přestávka %1</translation>
    </message>
    <message numerus="yes">
        <source>break %n min</source>
        <translation>
            <numerusform>přestávka %n min</numerusform>
            <numerusform>přestávka %n min</numerusform>
            <numerusform>přestávka %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Public holiday: %1</source>
        <translation>Svátek: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Změna: %1</translation>
    </message>
    <message>
        <source>Cancelled: public holiday (%1)</source>
        <translation>Zrušeno: svátek (%1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Zrušeno: %1</translation>
    </message>
    <message>
        <source>Week %1 (%2%3%4)</source>
        <translation>Týden %1 (%2%3%4)</translation>
    </message>
    <message>
        <source>On-call phone</source>
        <translation>Telefon v pohotovosti</translation>
    </message>
    <message>
        <source>On-call phone %1</source>
        <translation>Telefon v pohotovosti %1</translation>
    </message>
</context>
<context>
    <name>kotva::MonthSchedule</name>
    <message>
        <source>time changed to %1</source>
        <translation>čas změněn na %1</translation>
    </message>
    <message>
        <source>venue changed</source>
        <translation>místo změněno</translation>
    </message>
</context>
<context>
    <name>kotva::MonthText</name>
    <message>
        <source>%1 – programme for %2</source>
        <translation>%1 – program na %2</translation>
    </message>
    <message>
        <source>Nothing is planned this month.</source>
        <translation>Na tento měsíc není nic naplánováno.</translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation>Státní svátky: %1</translation>
    </message>
    <message>
        <source>On-call phone:</source>
        <translation>Telefon v pohotovosti:</translation>
    </message>
    <message>
        <source>On-call phone %1:</source>
        <translation>Telefon v pohotovosti %1:</translation>
    </message>
    <message>
        <source>week %1 (%2%3%4): %5</source>
        <translation>týden %1 (%2%3%4): %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikdo</translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation>zrušeno (%1)</translation>
    </message>
    <message>
        <source>(%1 places)</source>
        <translation>(míst: %1)</translation>
    </message>
    <message>
        <source>[change: %1]</source>
        <translation>[změna: %1]</translation>
    </message>
</context>
<context>
    <name>kotva::NameLexicon</name>
    <message>
        <source>Name list %1 cannot be read.</source>
        <translation>Seznam jmen %1 nelze přečíst.</translation>
    </message>
    <message>
        <source>Name list %1, line %2: %3</source>
        <translation>Seznam jmen %1, řádek %2: %3</translation>
    </message>
    <message>
        <source>expected a name, a tab and the gender (m or f).</source>
        <translation>očekává se jméno, tabulátor a pohlaví (m nebo f).</translation>
    </message>
    <message>
        <source>expected one-word place names separated by commas.</source>
        <translation>očekávají se jednoslovné názvy míst oddělené čárkami.</translation>
    </message>
    <message>
        <source>unknown section [%1].</source>
        <translation>neznámá sekce [%1].</translation>
    </message>
    <message>
        <source>an entry outside a [section].</source>
        <translation>záznam mimo [sekci].</translation>
    </message>
    <message>
        <source>expected a surname, a tab and p, c, a or t.</source>
        <translation>očekává se příjmení, tabulátor a p, c, a nebo t.</translation>
    </message>
</context>
<context>
    <name>kotva::NameListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>P&amp;řidat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nahoru</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Dolů</translation>
    </message>
    <message>
        <source>first name only, e.g. Sára</source>
        <translation>jen křestní jméno, např. Sára</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nové jméno</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Jména</translation>
    </message>
</context>
<context>
    <name>kotva::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Pseudonym or first name</source>
        <translation>Přezdívka nebo křestní jméno</translation>
    </message>
    <message>
        <source>e.g. Jana, Modrá, K.</source>
        <translation>např. Jana, Modrá, K.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanál:</translation>
    </message>
    <message>
        <source>&amp;Pseudonym or first name:</source>
        <translation>&amp;Přezdívka nebo křestní jméno:</translation>
    </message>
    <message>
        <source>Never a surname: Kotva keeps no data that identify the client.</source>
        <translation>Nikdy příjmení: Kotva neuchovává žádné údaje, podle kterých lze klienta/klientku poznat.</translation>
    </message>
    <message>
        <source>What the client wants today</source>
        <translation>Co klient/ka dnes chce</translation>
    </message>
    <message>
        <source>&amp;Start contact</source>
        <translation>&amp;Začít kontakt</translation>
    </message>
    <message>
        <source>The client wants to talk and be listened to, without advice.</source>
        <translation>Klient/ka si chce promluvit a být vyslechnut/a, bez rad.</translation>
    </message>
    <message>
        <source>The client wants to hear how someone with a similar experience got through it.</source>
        <translation>Klient/ka chce slyšet, jak to zvládl někdo s podobnou zkušeností.</translation>
    </message>
    <message>
        <source>The client wants help looking for their own way forward.</source>
        <translation>Klient/ka chce pomoct s hledáním vlastní cesty dál.</translation>
    </message>
    <message>
        <source>The client wants to share what is happening to them right now.</source>
        <translation>Klient/ka chce sdílet, co se s ním/ní právě teď děje.</translation>
    </message>
    <message>
        <source>The client wants to sort out how people in the group get on.</source>
        <translation>Klient/ka chce řešit vztahy ve skupině.</translation>
    </message>
    <message>
        <source>The client has not said yet; ask again later in the contact.</source>
        <translation>Klient/ka to zatím neřekl/a; zeptejte se znovu později během kontaktu.</translation>
    </message>
    <message>
        <source>This looks like a full name or other personal data, and nothing would be left to store. Use a first name or a pseudonym.</source>
        <translation>Vypadá to jako celé jméno nebo jiný osobní údaj a nezbylo by nic k uložení. Použijte křestní jméno nebo přezdívku.</translation>
    </message>
    <message>
        <source>This looks like a full name. Kotva would store only: “%1”</source>
        <translation>Vypadá to jako celé jméno. Kotva by uložila jen: „%1“</translation>
    </message>
    <message>
        <source>How the client is addressed</source>
        <translation>Jak klienta/klientku oslovovat</translation>
    </message>
    <message>
        <source>As the client writes (suggested)</source>
        <translation>Jak píše klient/ka (navrhne se)</translation>
    </message>
    <message>
        <source>vykání (vy)</source>
        <translation>vykání (vy)</translation>
    </message>
    <message>
        <source>tykání (ty)</source>
        <translation>tykání (ty)</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Oslovení:</translation>
    </message>
</context>
<context>
    <name>kotva::NewPassphraseDialog</name>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the authors of Kotva.</source>
        <translation>Zapomenuté heslo nikdo neobnoví, ani autoři Kotvy.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Nastavit heslo</translation>
    </message>
</context>
<context>
    <name>kotva::NoteEditor</name>
    <message>
        <source>e.g. K-4F7Q (optional)</source>
        <translation>např. K-4F7Q (nepovinné)</translation>
    </message>
    <message>
        <source>Only the contact&apos;s anonymous reference, never a name.</source>
        <translation>Jen anonymní značka kontaktu, nikdy jméno.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text poznámky</translation>
    </message>
    <message>
        <source>What happened in you and in the contact; no names, numbers or addresses (they are removed anyway).</source>
        <translation>Co se dělo ve vás a v kontaktu; bez jmen, čísel a adres (ty se stejně odstraní).</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Uložit poznámku</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S); personal data is removed first</source>
        <translation>Uložit poznámku (Ctrl+S); osobní údaje se nejdřív odstraní</translation>
    </message>
    <message>
        <source>&amp;Delete note…</source>
        <translation>&amp;Smazat poznámku…</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Téma:</translation>
    </message>
    <message>
        <source>S&amp;haring:</source>
        <translation>S&amp;dílení:</translation>
    </message>
    <message>
        <source>&amp;Contact reference:</source>
        <translation>&amp;Značka kontaktu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nová poznámka</translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>Poznámka z %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n month(s) after it is written, then deleted.</source>
        <translation>
            <numerusform>Uchová se %n měsíc od napsání, pak se smaže.</numerusform>
            <numerusform>Uchová se %n měsíce od napsání, pak se smaže.</numerusform>
            <numerusform>Uchová se %n měsíců od napsání, pak se smaže.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kotva deletes this note on %1.</source>
        <translation>Kotva tuto poznámku smaže %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>On the team agenda &amp;without my name</source>
        <translation>Na programu týmové supervize &amp;bez mého jména</translation>
    </message>
    <message>
        <source>The team lead&apos;s agenda shows the note without who shared it.</source>
        <translation>Program vedoucího týmu ukáže poznámku bez toho, kdo ji sdílel.</translation>
    </message>
</context>
<context>
    <name>kotva::OccurrenceEditDialog</name>
    <message>
        <source>Cancel an occurrence</source>
        <translation>Zrušit termín</translation>
    </message>
    <message>
        <source>e.g. both leads are ill</source>
        <translation>např. oba vedoucí jsou nemocní</translation>
    </message>
    <message>
        <source>&amp;Reason (printed and posted):</source>
        <translation>&amp;Důvod (vytiskne se a zveřejní):</translation>
    </message>
    <message>
        <source>Change an occurrence</source>
        <translation>Změnit termín</translation>
    </message>
    <message>
        <source>At the organisation</source>
        <translation>V organizaci</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Jiné místo</translation>
    </message>
    <message>
        <source>Announced that week</source>
        <translation>Oznámí se v daném týdnu</translation>
    </message>
    <message>
        <source>e.g. we meet at the cinema</source>
        <translation>např. sejdeme se u kina</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Začátek:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Konec:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Místo konání:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Jiné místo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
</context>
<context>
    <name>kotva::OrganisationForm</name>
    <message>
        <source>the full name, as printed on the programme</source>
        <translation>celý název, jak se tiskne v programu</translation>
    </message>
    <message>
        <source>optional, e.g. NetoPEER</source>
        <translation>nepovinné, např. NetoPEER</translation>
    </message>
    <message>
        <source>street, number, postcode, town</source>
        <translation>ulice, číslo, PSČ, obec</translation>
    </message>
    <message>
        <source>optional, for chat posts, e.g. Svatoslavova 260/14</source>
        <translation>nepovinné, pro příspěvky do chatu, např. Svatoslavova 260/14</translation>
    </message>
    <message>
        <source>the service&apos;s public e-mail</source>
        <translation>veřejný e-mail služby</translation>
    </message>
    <message>
        <source>the service&apos;s public phone</source>
        <translation>veřejný telefon služby</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>Printed at the top of every month. Public contacts of the service only, never a personal phone or e-mail.</source>
        <translation>Tiskne se v záhlaví každého měsíce. Jen veřejné kontakty služby, nikdy osobní telefon ani e-mail.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation>Název &amp;programu:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esa:</translation>
    </message>
    <message>
        <source>&amp;Short address:</source>
        <translation>&amp;Krátká adresa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
</context>
<context>
    <name>kotva::OutcomeTopicsDialog</name>
    <message>
        <source>Topics for closing a contact</source>
        <translation>Témata pro uzavření kontaktu</translation>
    </message>
    <message>
        <source>One topic per line. The list is the organisation&apos;s own and is shared by everyone using this vault; contacts closed before keep their topics.</source>
        <translation>Jedno téma na řádek. Seznam patří organizaci a sdílejí ho všichni, kdo pracují s tímto trezorem; dříve uzavřené kontakty si svá témata ponechají.</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Témata:</translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation>Témata, jedno na řádek</translation>
    </message>
    <message>
        <source>&amp;Save the list</source>
        <translation>&amp;Uložit seznam</translation>
    </message>
    <message>
        <source>Keep at least one topic.</source>
        <translation>Ponechte alespoň jedno téma.</translation>
    </message>
</context>
<context>
    <name>kotva::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Síla hesla</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Zopakujte ho:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Hesla se liší. Napište dvakrát totéž heslo.</translation>
    </message>
    <message>
        <source>Now type it again below.</source>
        <translation>Teď ho napište ještě jednou níže.</translation>
    </message>
</context>
<context>
    <name>kotva::PassphraseKdf</name>
    <message>
        <source>A key slot is damaged (its salt).</source>
        <translation>Klíčový slot je poškozený (jeho sůl).</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Kryptografickou knihovnu se nepodařilo spustit.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase.</source>
        <translation>Na ověření hesla není dost paměti.</translation>
    </message>
</context>
<context>
    <name>kotva::PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Zadejte heslo.</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>Heslo není platný text v kódování UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Heslo musí mít alespoň %n znak.</numerusform>
            <numerusform>Heslo musí mít alespoň %n znaky.</numerusform>
            <numerusform>Heslo musí mít alespoň %n znaků.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::PassphraseStrength</name>
    <message numerus="yes">
        <source>Use at least %n characters. Several words you can remember work well.</source>
        <translation>
            <numerusform>Použijte alespoň %n znak. Dobře poslouží několik slov, která si zapamatujete.</numerusform>
            <numerusform>Použijte alespoň %n znaky. Dobře poslouží několik slov, která si zapamatujete.</numerusform>
            <numerusform>Použijte alespoň %n znaků. Dobře poslouží několik slov, která si zapamatujete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Příliš krátké: použijte alespoň %n znak.</numerusform>
            <numerusform>Příliš krátké: použijte alespoň %n znaky.</numerusform>
            <numerusform>Příliš krátké: použijte alespoň %n znaků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few more words.</source>
        <translation>Slabé: snadno uhodnutelné. Přidejte ještě pár slov.</translation>
    </message>
    <message>
        <source>Fair. One or two more words would make it strong.</source>
        <translation>Ucházející. Jedno nebo dvě další slova z něj udělají silné heslo.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Silné.</translation>
    </message>
</context>
<context>
    <name>kotva::PiiScrubber</name>
    <message>
        <source>[birth number]</source>
        <translation>[rodné číslo]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefon]</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[account]</source>
        <translation>[číslo účtu]</translation>
    </message>
    <message>
        <source>[IBAN]</source>
        <translation>[IBAN]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adresa]</translation>
    </message>
    <message>
        <source>[postal code]</source>
        <translation>[PSČ]</translation>
    </message>
    <message>
        <source>[ID document]</source>
        <translation>[doklad totožnosti]</translation>
    </message>
    <message>
        <source>[data box]</source>
        <translation>[datová schránka]</translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation>[datum narození]</translation>
    </message>
    <message>
        <source>[surname]</source>
        <translation>[příjmení]</translation>
    </message>
    <message>
        <source>[organisation]</source>
        <translation>[organizace]</translation>
    </message>
    <message>
        <source>[licence plate]</source>
        <translation>[SPZ]</translation>
    </message>
    <message>
        <source>[user name]</source>
        <translation>[uživatelské jméno]</translation>
    </message>
    <message>
        <source>[personal data]</source>
        <translation>[osobní údaj]</translation>
    </message>
</context>
<context>
    <name>kotva::PrivateNoteKey</name>
    <message>
        <source>This private note cannot be opened.</source>
        <translation>Tuto soukromou poznámku nelze otevřít.</translation>
    </message>
</context>
<context>
    <name>kotva::Programme</name>
    <message>
        <source>the organisation needs a name</source>
        <translation>organizace musí mít název</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>identifikátor „%1“ je použit dvakrát</translation>
    </message>
    <message>
        <source>unknown activity &apos;%1&apos;</source>
        <translation>neznámá aktivita „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take place on %2</source>
        <translation>„%1“ se %2 nekoná</translation>
    </message>
    <message>
        <source>the end time must be after the start time</source>
        <translation>čas konce musí být později než čas začátku</translation>
    </message>
    <message>
        <source>the change changes neither time nor venue</source>
        <translation>změna nemění čas ani místo konání</translation>
    </message>
    <message>
        <source>at least %1 peers should share the on-call phone; %2 given</source>
        <translation>telefon v pohotovosti by si měli předávat alespoň %1 peer pracovníci; zadáno: %2</translation>
    </message>
    <message>
        <source>the rota must start on a Monday</source>
        <translation>rozpis služeb musí začínat pondělím</translation>
    </message>
    <message>
        <source>start and end time are required</source>
        <translation>čas začátku a konce je povinný</translation>
    </message>
    <message>
        <source>the break must be shorter than the activity</source>
        <translation>přestávka musí být kratší než aktivita</translation>
    </message>
    <message>
        <source>the break must lie within the activity</source>
        <translation>přestávka musí být v době trvání aktivity</translation>
    </message>
    <message>
        <source>the activity needs an id</source>
        <translation>aktivita potřebuje id</translation>
    </message>
    <message>
        <source>the activity needs a title</source>
        <translation>aktivita potřebuje název</translation>
    </message>
    <message>
        <source>the activity needs at least one date rule</source>
        <translation>aktivita potřebuje alespoň jedno pravidlo pro termíny</translation>
    </message>
    <message>
        <source>the venue is a place but no place is given</source>
        <translation>místem konání je konkrétní místo, ale žádné není uvedeno</translation>
    </message>
    <message>
        <source>the capacity must be at least 1</source>
        <translation>kapacita musí být alespoň 1</translation>
    </message>
    <message>
        <source>at least %1 peers should lead every activity; %2 given</source>
        <translation>každou aktivitu by měli vést alespoň %1 peer pracovníci; zadáno: %2</translation>
    </message>
    <message>
        <source>the activity meets at the organisation but its address is empty</source>
        <translation>aktivita se koná v organizaci, ale adresa organizace je prázdná</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>organizace</translation>
    </message>
    <message>
        <source>meets at the same time and place as &apos;%1&apos; (e.g. %2, %3)</source>
        <translation>koná se ve stejnou dobu na stejném místě jako „%1“ (např. %2, %3)</translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeEditorDialog</name>
    <message>
        <source>Edit the programme</source>
        <translation>Upravit program</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizace</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivity</translation>
    </message>
    <message>
        <source>On-call &amp;rota</source>
        <translation>&amp;Rozpis služeb</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>Státní s&amp;vátky</translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeJson</name>
    <message>
        <source>%1: the programme file does not exist</source>
        <translation>%1: soubor s programem neexistuje</translation>
    </message>
    <message>
        <source>%1: the programme file cannot be read</source>
        <translation>%1: soubor s programem nelze přečíst</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: neplatný JSON: %3</translation>
    </message>
    <message>
        <source>%1: the programme must be a JSON object</source>
        <translation>%1: program musí být objekt JSON</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nelze zapsat</translation>
    </message>
    <message>
        <source>unknown key (misspelt?)</source>
        <translation>neznámý klíč (překlep?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musí být objekt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>musí být seznam</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>musí být text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nesmí být prázdné</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>musí být neprázdný text</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>musí být celé číslo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation>„%1“ není čas (HH:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ není datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (monday … sunday)</source>
        <translation>„%1“ není den v týdnu (monday … sunday)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a venue: use &quot;organisation&quot;, &quot;announced&quot; or {&quot;kind&quot;: &quot;place&quot;, &quot;place&quot;: &quot;…&quot;}</source>
        <translation>„%1“ není místo konání: použijte &quot;organisation&quot;, &quot;announced&quot; nebo {&quot;kind&quot;: &quot;place&quot;, &quot;place&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>must be a venue object</source>
        <translation>musí být objekt místa konání</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of organisation, place, announced</source>
        <translation>„%1“ není jedna z hodnot organisation, place, announced</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of weekly, monthly, once</source>
        <translation>„%1“ není jedna z hodnot weekly, monthly, once</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of any, even, odd</source>
        <translation>„%1“ není jedna z hodnot any, even, odd</translation>
    </message>
    <message>
        <source>must be &quot;kotva-programme&quot;</source>
        <translation>musí být &quot;kotva-programme&quot;</translation>
    </message>
    <message>
        <source>must be %1 (this file is from another version of Kotva)</source>
        <translation>musí být %1 (tento soubor je z jiné verze Kotvy)</translation>
    </message>
    <message>
        <source>%1: not a programme file (a device, a folder or a pipe)</source>
        <translation>%1: není soubor s programem (je to zařízení, složka nebo roura)</translation>
    </message>
    <message>
        <source>%1: too large for a programme file (%2 MB at most)</source>
        <translation>%1: na soubor s programem je příliš velký (nejvýš %2 MB)</translation>
    </message>
    <message>
        <source>must be &quot;team&quot; or &quot;individual&quot;</source>
        <translation>musí být „team“ nebo „individual“</translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammePdfExporter</name>
    <message>
        <source>The PDF cannot be written: the folder %1 does not exist.</source>
        <translation>PDF nelze zapsat: složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>The file %1 cannot be overwritten.</source>
        <translation>Soubor %1 nelze přepsat.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to the folder %1: it is not writable.</source>
        <translation>PDF nelze zapsat do složky %1: není do ní povolen zápis.</translation>
    </message>
    <message>
        <source>The PDF could not be written completely (is the disk full?).</source>
        <translation>PDF se nepodařilo zapsat celé (není plný disk?).</translation>
    </message>
    <message>
        <source>The PDF cannot be saved as %1.</source>
        <translation>PDF nelze uložit jako %1.</translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeRepository</name>
    <message>
        <source>No programme has been saved in the vault yet.</source>
        <translation>V trezoru zatím není uložen žádný program.</translation>
    </message>
    <message>
        <source>The programme could not be read or written in the vault.</source>
        <translation>Program se v trezoru nepodařilo přečíst nebo zapsat.</translation>
    </message>
    <message>
        <source>The programme stored in the vault is damaged.</source>
        <translation>Program uložený v trezoru je poškozený.</translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeService</name>
    <message numerus="yes">
        <source>%n cancellation(s) made here</source>
        <translation>
            <numerusform>%n zrušení provedené zde</numerusform>
            <numerusform>%n zrušení provedená zde</numerusform>
            <numerusform>%n zrušení provedených zde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of one occurrence made here</source>
        <translation>
            <numerusform>%n změna jednoho konání provedená zde</numerusform>
            <numerusform>%n změny jednotlivých konání provedené zde</numerusform>
            <numerusform>%n změn jednotlivých konání provedených zde</numerusform>
        </translation>
    </message>
    <message>
        <source>activities not in the file: %1</source>
        <translation>aktivity, které v souboru nejsou: %1</translation>
    </message>
    <message>
        <source>the on-call rota as it is now</source>
        <translation>současný rozpis služebního telefonu</translation>
    </message>
    <message>
        <source>replacing the programme</source>
        <translation>nahrazení programu</translation>
    </message>
    <message>
        <source>the edit of the programme</source>
        <translation>úpravu programu</translation>
    </message>
    <message>
        <source>Say why the occurrence is cancelled.</source>
        <translation>Uveďte, proč se setkání ruší.</translation>
    </message>
    <message>
        <source>the cancellation</source>
        <translation>zrušení</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>změnu</translation>
    </message>
    <message>
        <source>restoring the occurrence</source>
        <translation>obnovení setkání</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Není co vrátit zpět.</translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeView</name>
    <message>
        <source>&amp;Open programme…</source>
        <translation>&amp;Otevřít program…</translation>
    </message>
    <message>
        <source>&amp;Save programme as…</source>
        <translation>&amp;Uložit program jako…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Náhled tisku…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportovat &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;iCalendar…</source>
        <translation>Exportovat &amp;iCalendar…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopírovat jako text</translation>
    </message>
    <message>
        <source>Copy the month as text for a group chat or a social-media post</source>
        <translation>Zkopírovat měsíc jako text pro skupinový chat nebo příspěvek na sociální sítě</translation>
    </message>
    <message>
        <source>Cance&amp;l occurrence…</source>
        <translation>&amp;Zrušit termín…</translation>
    </message>
    <message>
        <source>C&amp;hange occurrence…</source>
        <translation>Z&amp;měnit termín…</translation>
    </message>
    <message>
        <source>&amp;Restore occurrence</source>
        <translation>&amp;Obnovit termín</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Předchozí měsíc</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Další měsíc ▶</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tento měsíc</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation>Akce v měsíci</translation>
    </message>
    <message>
        <source>The programme has warnings:</source>
        <translation>Program obsahuje upozornění:</translation>
    </message>
    <message>
        <source>The programme was saved to %1.</source>
        <translation>Program byl uložen do %1.</translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation>Státní svátky: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikdo</translation>
    </message>
    <message>
        <source>The PDF was saved to %1.</source>
        <translation>PDF bylo uloženo do %1.</translation>
    </message>
    <message>
        <source>The calendar was saved to %1.</source>
        <translation>Kalendář byl uložen do %1.</translation>
    </message>
    <message>
        <source>The programme of %1 was copied as text; paste it into the group chat or a post.</source>
        <translation>Program na %1 byl zkopírován jako text; vložte ho do skupinového chatu nebo do příspěvku.</translation>
    </message>
    <message>
        <source>Open a programme</source>
        <translation>Otevřít program</translation>
    </message>
    <message>
        <source>Programme (*.json);;All files (*)</source>
        <translation>Program (*.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Uložit program</translation>
    </message>
    <message>
        <source>Programme (*.json)</source>
        <translation>Program (*.json)</translation>
    </message>
    <message>
        <source>Export the month as PDF</source>
        <translation>Exportovat měsíc jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the month as iCalendar</source>
        <translation>Exportovat měsíc jako iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Vrátit zpět</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Setkání</translation>
    </message>
    <message>
        <source>The programme was not replaced; nothing has changed.</source>
        <translation>Program nebyl nahrazen; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Replace the current programme with the one in the file?</source>
        <translation>Nahradit současný program programem ze souboru?</translation>
    </message>
    <message>
        <source>This would be lost:</source>
        <translation>Ztratilo by se:</translation>
    </message>
    <message>
        <source>Replace the programme</source>
        <translation>Nahradit program</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Vrátit zpět %1</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nový program…</translation>
    </message>
    <message>
        <source>Create the group programme here, without a file</source>
        <translation>Vytvořit skupinový program přímo zde, bez souboru</translation>
    </message>
    <message>
        <source>&amp;Edit programme…</source>
        <translation>Up&amp;ravit program…</translation>
    </message>
    <message>
        <source>Organisation, activities and their dates, leads, on-call rota</source>
        <translation>Organizace, aktivity a jejich termíny, vedoucí, rozpis služebního telefonu</translation>
    </message>
    <message>
        <source>Start a new, empty programme? The current one is replaced when you press OK in the editor.</source>
        <translation>Začít nový, prázdný program? Současný program se nahradí, až v editoru stisknete OK.</translation>
    </message>
    <message>
        <source>No programme is stored in the vault yet. Create one with New programme or open a programme file; every change made here is then kept in the vault.</source>
        <translation>V trezoru zatím není uložen žádný program. Vytvořte ho tlačítkem Nový program nebo otevřete soubor s programem; každá změna provedená zde se pak uchová v trezoru.</translation>
    </message>
</context>
<context>
    <name>kotva::RecurrenceRule</name>
    <message>
        <source>a single event needs a valid date</source>
        <translation>jednorázová akce potřebuje platné datum</translation>
    </message>
    <message>
        <source>the weekday is not valid</source>
        <translation>den v týdnu není platný</translation>
    </message>
    <message>
        <source>the week of the month must be 1 to 5, or -1 for the last one</source>
        <translation>týden v měsíci musí být 1 až 5, nebo -1 pro poslední</translation>
    </message>
    <message>
        <source>the rule ends before it starts</source>
        <translation>pravidlo končí dřív, než začne</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>dne %1</translation>
    </message>
    <message>
        <source>%1, every week</source>
        <translation>%1, každý týden</translation>
    </message>
    <message>
        <source>%1 of even weeks</source>
        <translation>%1 v sudých týdnech</translation>
    </message>
    <message>
        <source>%1 of odd weeks</source>
        <translation>%1 v lichých týdnech</translation>
    </message>
    <message>
        <source>last %1 of the month</source>
        <translation>poslední %1 v měsíci</translation>
    </message>
    <message>
        <source>%1. %2 of the month</source>
        <translation>%1. %2 v měsíci</translation>
    </message>
</context>
<context>
    <name>kotva::ReferralCard</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Telefonní číslo %1</translation>
    </message>
    <message>
        <source>Not a listed service: the client finds their own.</source>
        <translation>Není to konkrétní služba: klient/ka si najde svého odborníka sám/sama.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Provoz: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pro koho: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresa: %1</translation>
    </message>
    <message>
        <source>The call is charged.</source>
        <translation>Hovor je zpoplatněný.</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>Naposledy ověřeno: %1</translation>
    </message>
    <message>
        <source>Last verified: %1 – not confirmed for over 12 months; check it still holds before you give it.</source>
        <translation>Naposledy ověřeno: %1 – nepotvrzeno déle než 12 měsíců; než kontakt předáte, ověřte, že stále platí.</translation>
    </message>
</context>
<context>
    <name>kotva::ReferralDirectory</name>
    <message>
        <source>Cannot open the referral directory %1.</source>
        <translation>Adresář služeb %1 nelze otevřít.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>položka %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>neplatný JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>nejvyšší úroveň musí být objekt JSON</translation>
    </message>
    <message>
        <source>this is not a Kotva referral directory (&quot;format&quot; must be &quot;kotva-referrals&quot;)</source>
        <translation>nejde o adresář služeb pro Kotvu (&quot;format&quot; musí být &quot;kotva-referrals&quot;)</translation>
    </message>
    <message>
        <source>unsupported version %1; this Kotva reads version 1</source>
        <translation>nepodporovaná verze %1; tato verze Kotvy čte verzi 1</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list</source>
        <translation>&quot;entries&quot; musí být seznam</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>musí být objekt JSON</translation>
    </message>
    <message>
        <source>the id is used by an earlier entry</source>
        <translation>toto id už používá dřívější položka</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must map region codes to their names</source>
        <translation>&quot;regions&quot; musí přiřazovat kódům krajů jejich názvy</translation>
    </message>
    <message>
        <source>unknown region code &quot;%1&quot; (use the official codes CZ010 … CZ080)</source>
        <translation>neznámý kód kraje &quot;%1&quot; (použijte oficiální kódy CZ010 … CZ080)</translation>
    </message>
    <message>
        <source>the &quot;id&quot; is missing</source>
        <translation>chybí &quot;id&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>neznámý druh &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>neznámé téma &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;name&quot; needs both &quot;cs&quot; and &quot;en&quot;</source>
        <translation>&quot;name&quot; musí obsahovat &quot;cs&quot; i &quot;en&quot;</translation>
    </message>
    <message>
        <source>the phone number is missing</source>
        <translation>chybí telefonní číslo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; není telefonní číslo</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (use the official codes CZ010 … CZ080)</source>
        <translation>neznámý kraj &quot;%1&quot; (použijte oficiální kódy CZ010 … CZ080)</translation>
    </message>
    <message>
        <source>a crisis centre needs an address and a region</source>
        <translation>krizové centrum musí mít adresu a kraj</translation>
    </message>
    <message>
        <source>bad opening hours: %1</source>
        <translation>chybná otevírací doba: %1</translation>
    </message>
    <message>
        <source>&quot;source&quot; needs the http(s) address of the page that confirms the entry</source>
        <translation>&quot;source&quot; musí obsahovat adresu http(s) stránky, která položku potvrzuje</translation>
    </message>
    <message>
        <source>&quot;verified&quot; must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>&quot;verified&quot; musí být datum ve tvaru YYYY-MM-DD, ne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give {&quot;always&quot;: true} or a &quot;weekly&quot; schedule</source>
        <translation>uveďte {&quot;always&quot;: true} nebo rozvrh &quot;weekly&quot;</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot; (mon … sun)</source>
        <translation>neznámý den &quot;%1&quot; (mon … sun)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range like 08:00-17:00</source>
        <translation>&quot;%1&quot; není časový rozsah ve tvaru 08:00-17:00</translation>
    </message>
    <message>
        <source>&quot;publicHolidays&quot; must be &quot;closed&quot; or &quot;as_weekday&quot;</source>
        <translation>&quot;publicHolidays&quot; musí být &quot;closed&quot; nebo &quot;as_weekday&quot;</translation>
    </message>
    <message>
        <source>&quot;notCovered&quot;: unknown region &quot;%1&quot;</source>
        <translation>&quot;notCovered&quot;: neznámý kraj &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;notCovered&quot;: region %1 needs a reason</source>
        <translation>&quot;notCovered&quot;: u kraje %1 chybí důvod</translation>
    </message>
    <message>
        <source>&quot;notCovered&quot;: region %1 has a crisis centre listed</source>
        <translation>&quot;notCovered&quot;: kraj %1 má uvedené krizové centrum</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (operator, register, secondary or organisation)</source>
        <translation>neznámý druh zdroje „%1“ (operator, register, secondary nebo organisation)</translation>
    </message>
    <message>
        <source>%1: the directory has no national emergency numbers (a medical one such as 155 and a general one such as 112), and the crisis pane starts with them.</source>
        <translation>%1: v adresáři chybí celostátní tísňová čísla (zdravotnické jako 155 a obecné jako 112), a panel krizového odkazu jimi začíná.</translation>
    </message>
</context>
<context>
    <name>kotva::ReferralPlanner</name>
    <message>
        <source>Set your organisation&apos;s region to see the crisis centre near you.</source>
        <translation>Nastavte kraj vaší organizace; pak se zobrazí krizové centrum ve vaší blízkosti.</translation>
    </message>
    <message>
        <source>%1 (%2) is closed now: %3. Offer an open line first.</source>
        <translation>%1 (%2) má teď zavřeno: %3. Nabídněte nejdřív linku, která má otevřeno.</translation>
    </message>
    <message>
        <source>%1 (%2) was last verified on %3; check it is still right.</source>
        <translation>%1 (%2): údaje byly naposledy ověřeny %3; zkontrolujte, zda stále platí.</translation>
    </message>
    <message>
        <source>You do not call for the client: give the numbers and the words; the client makes the call.</source>
        <translation>Za klienta nevoláte: předejte mu čísla a slova; hovor uskuteční klient sám.</translation>
    </message>
    <message>
        <source>Bring this contact to your next supervision.</source>
        <translation>Proberte tento kontakt na příští supervizi.</translation>
    </message>
    <message>
        <source>The directory lists no confirmed crisis centre for %1: offer the national crisis lines below, and 155 or 112 when life is in danger.</source>
        <translation>Adresář pro %1 neuvádí žádné ověřené krizové centrum: nabídněte celostátní krizové linky níže, a když jde o život, 155 nebo 112.</translation>
    </message>
</context>
<context>
    <name>kotva::ReferralTexts</name>
    <message>
        <source>Open now</source>
        <translation>Teď otevřeno</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Teď zavřeno</translation>
    </message>
    <message>
        <source>Acute danger</source>
        <translation>Akutní nebezpečí</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Obava</translation>
    </message>
    <message>
        <source>No danger signs</source>
        <translation>Žádné známky nebezpečí</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámo</translation>
    </message>
</context>
<context>
    <name>kotva::RegionNames</name>
    <message>
        <source>Prague</source>
        <translation>Hlavní město Praha</translation>
    </message>
    <message>
        <source>Central Bohemian Region</source>
        <translation>Středočeský kraj</translation>
    </message>
    <message>
        <source>South Bohemian Region</source>
        <translation>Jihočeský kraj</translation>
    </message>
    <message>
        <source>Plzeň Region</source>
        <translation>Plzeňský kraj</translation>
    </message>
    <message>
        <source>Karlovy Vary Region</source>
        <translation>Karlovarský kraj</translation>
    </message>
    <message>
        <source>Ústí nad Labem Region</source>
        <translation>Ústecký kraj</translation>
    </message>
    <message>
        <source>Liberec Region</source>
        <translation>Liberecký kraj</translation>
    </message>
    <message>
        <source>Hradec Králové Region</source>
        <translation>Královéhradecký kraj</translation>
    </message>
    <message>
        <source>Pardubice Region</source>
        <translation>Pardubický kraj</translation>
    </message>
    <message>
        <source>Vysočina Region</source>
        <translation>Kraj Vysočina</translation>
    </message>
    <message>
        <source>South Moravian Region</source>
        <translation>Jihomoravský kraj</translation>
    </message>
    <message>
        <source>Olomouc Region</source>
        <translation>Olomoucký kraj</translation>
    </message>
    <message>
        <source>Zlín Region</source>
        <translation>Zlínský kraj</translation>
    </message>
    <message>
        <source>Moravian-Silesian Region</source>
        <translation>Moravskoslezský kraj</translation>
    </message>
</context>
<context>
    <name>kotva::RemovedData</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Removed before saving: %1. The note keeps a marker in its place.</source>
        <translation>Před uložením odstraněno: %1. V poznámce je na jejich místě značka.</translation>
    </message>
</context>
<context>
    <name>kotva::RetentionPolicy</name>
    <message>
        <source>Message text can be kept from %1 to %2 days.</source>
        <translation>Text zpráv lze uchovat %1 až %2 dní.</translation>
    </message>
    <message>
        <source>Records about contacts can be kept from 1 to %1 months.</source>
        <translation>Záznamy o kontaktech lze uchovat 1 až %1 měsíců.</translation>
    </message>
</context>
<context>
    <name>kotva::RiskClassifier</name>
    <message>
        <source>The risk classifier&apos;s thresholds are damaged.</source>
        <translation>Prahy klasifikátoru rizika jsou poškozené.</translation>
    </message>
    <message>
        <source>The risk classifier&apos;s model is missing.</source>
        <translation>Model klasifikátoru rizika chybí.</translation>
    </message>
</context>
<context>
    <name>kotva::RiskModel</name>
    <message>
        <source>The risk classifier&apos;s model is damaged.</source>
        <translation>Model klasifikátoru rizika je poškozený.</translation>
    </message>
</context>
<context>
    <name>kotva::Roles</name>
    <message>
        <source>peer worker</source>
        <translation>peer pracovník</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>vedoucí týmu</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinátor</translation>
    </message>
</context>
<context>
    <name>kotva::RotaEditor</name>
    <message>
        <source>empty: the organisation&apos;s phone</source>
        <translation>prázdné: telefon organizace</translation>
    </message>
    <message>
        <source>Peers take the on-call phone for a whole week (Monday to Sunday), one after another in this order.</source>
        <translation>Peer pracovníci mají telefon v pohotovosti vždy na celý týden (od pondělí do neděle) a střídají se v tomto pořadí.</translation>
    </message>
    <message>
        <source>On-call &amp;phone:</source>
        <translation>&amp;Telefon v pohotovosti:</translation>
    </message>
    <message>
        <source>P&amp;eers in turn:</source>
        <translation>&amp;Kdo se střídá:</translation>
    </message>
    <message>
        <source>&amp;First peer&apos;s week starts:</source>
        <translation>&amp;První v pořadí má službu od:</translation>
    </message>
    <message>
        <source>Coming weeks:</source>
        <translation>Příští týdny:</translation>
    </message>
    <message>
        <source>%1 %2, week %3</source>
        <translation>%1 %2, týden %3</translation>
    </message>
    <message>
        <source>Add the peers who share the phone.</source>
        <translation>Přidejte peer pracovníky, kteří se o telefon dělí.</translation>
    </message>
    <message>
        <source>week %1 (%2–%3): %4</source>
        <translation>týden %1 (%2–%3): %4</translation>
    </message>
</context>
<context>
    <name>kotva::RuleForm</name>
    <message>
        <source>last</source>
        <translation>poslední</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Každý týden</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Jednou za měsíc</translation>
    </message>
    <message>
        <source>One date (trip, workshop)</source>
        <translation>Jednorázově (výlet, dílna)</translation>
    </message>
    <message>
        <source>all weeks</source>
        <translation>všechny týdny</translation>
    </message>
    <message>
        <source>even weeks</source>
        <translation>sudé týdny</translation>
    </message>
    <message>
        <source>odd weeks</source>
        <translation>liché týdny</translation>
    </message>
    <message>
        <source>this is week %1, even</source>
        <translation>teď je %1. týden, sudý</translation>
    </message>
    <message>
        <source>this is week %1, odd</source>
        <translation>teď je %1. týden, lichý</translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation>Jen od určitého data</translation>
    </message>
    <message>
        <source>Only until a date</source>
        <translation>Jen do určitého data</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Jak často:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>Kol&amp;ikátý:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Den v &amp;týdnu:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>Týdn&amp;y:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Plat&amp;í od:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Platí &amp;do:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>Místo kon&amp;ání:</translation>
    </message>
</context>
<context>
    <name>kotva::RuleListEditor</name>
    <message>
        <source>at the organisation</source>
        <translation>v organizaci</translation>
    </message>
    <message>
        <source>Add &amp;date rule</source>
        <translation>Přidat pravid&amp;lo</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Odebrat pravidlo</translation>
    </message>
    <message>
        <source>Date rules</source>
        <translation>Pravidla termínů</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(od %1 do %2)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(od %1)</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(do %1)</translation>
    </message>
</context>
<context>
    <name>kotva::SessionService</name>
    <message>
        <source>Enter the client&apos;s first name or a pseudonym.</source>
        <translation>Zadejte křestní jméno klienta/klientky nebo přezdívku.</translation>
    </message>
    <message numerus="yes">
        <source>A pseudonym can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Přezdívka může mít nejvýše %n znak.</numerusform>
            <numerusform>Přezdívka může mít nejvýše %n znaky.</numerusform>
            <numerusform>Přezdívka může mít nejvýše %n znaků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only personal data was entered (such as a surname or a phone number), so nothing can be stored. Enter a first name or a pseudonym.</source>
        <translation>Zadali jste jen osobní údaje (například příjmení nebo telefonní číslo), takže nelze nic uložit. Zadejte křestní jméno nebo přezdívku.</translation>
    </message>
    <message>
        <source>This contact is closed; nothing more can be added to it.</source>
        <translation>Tento kontakt je uzavřený, nelze k němu už nic přidat.</translation>
    </message>
    <message>
        <source>An empty message cannot be saved.</source>
        <translation>Prázdnou zprávu nelze uložit.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long to save (at most %n character(s)).</source>
        <translation>
            <numerusform>Zpráva je příliš dlouhá na uložení (nejvýše %n znak).</numerusform>
            <numerusform>Zpráva je příliš dlouhá na uložení (nejvýše %n znaky).</numerusform>
            <numerusform>Zpráva je příliš dlouhá na uložení (nejvýše %n znaků).</numerusform>
        </translation>
    </message>
    <message>
        <source>This contact is already closed.</source>
        <translation>Tento kontakt už je uzavřený.</translation>
    </message>
</context>
<context>
    <name>kotva::SessionTypes</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS / Messenger</source>
        <translation>SMS / Messenger</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Just be heard</source>
        <translation>Jen být vyslechnut/a</translation>
    </message>
    <message>
        <source>Hear a similar experience</source>
        <translation>Slyšet podobnou zkušenost</translation>
    </message>
    <message>
        <source>Help find a solution</source>
        <translation>Pomoci najít řešení</translation>
    </message>
    <message>
        <source>Share what is happening here and now</source>
        <translation>Sdílet, co se děje tady a teď</translation>
    </message>
    <message>
        <source>Relations in the group</source>
        <translation>Vztahy ve skupině</translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation>Zatím neřekl/a</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřený</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
</context>
<context>
    <name>kotva::SettingsController</name>
    <message>
        <source>Shorten how long Kotva keeps things?</source>
        <translation>Zkrátit dobu, po kterou Kotva věci uchovává?</translation>
    </message>
    <message>
        <source>Whatever is older than the new periods will be deleted now, for good.</source>
        <translation>Vše, co je starší než nové lhůty, bude hned a natrvalo smazáno.</translation>
    </message>
    <message numerus="yes">
        <source>Message text older than %n day(s) and everything else older than %1 cannot be brought back.</source>
        <translation>
            <numerusform>Text zpráv starší než %n den a vše ostatní starší než %1 už nepůjde vrátit.</numerusform>
            <numerusform>Text zpráv starší než %n dny a vše ostatní starší než %1 už nepůjde vrátit.</numerusform>
            <numerusform>Text zpráv starší než %n dní a vše ostatní starší než %1 už nepůjde vrátit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n měsíc</numerusform>
            <numerusform>%n měsíce</numerusform>
            <numerusform>%n měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten and delete</source>
        <translation>Zkrátit a smazat</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Použít místo toho heslo</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>From now on you type this passphrase every time Kotva starts. The vault is re-encrypted with it and the key is removed from the system keychain.</source>
        <translation>Od teď budete toto heslo zadávat při každém spuštění Kotvy. Trezor se jím znovu zašifruje a klíč se odstraní ze systémové klíčenky.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with the new passphrase. The old one stops working at once.</source>
        <translation>Trezor se znovu zašifruje novým heslem. Staré heslo okamžitě přestane fungovat.</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain?</source>
        <translation>Uložit klíč do systémové klíčenky?</translation>
    </message>
    <message>
        <source>Kotva will make a new random key, keep it in your system keychain and re-encrypt the vault with it. Your passphrase will no longer open the vault.</source>
        <translation>Kotva vytvoří nový náhodný klíč, uloží ho do vaší systémové klíčenky a trezor jím znovu zašifruje. Vaše heslo už trezor neotevře.</translation>
    </message>
    <message>
        <source>The vault will then open by itself whenever you are logged in to this computer account.</source>
        <translation>Trezor se pak otevře sám, kdykoli budete přihlášeni k tomuto uživatelskému účtu.</translation>
    </message>
    <message>
        <source>Use the keychain</source>
        <translation>Použít klíčenku</translation>
    </message>
</context>
<context>
    <name>kotva::SettingsDialog</name>
    <message>
        <source>Kotva – Settings</source>
        <translation>Kotva – Nastavení</translation>
    </message>
    <message>
        <source>How long Kotva keeps things</source>
        <translation>Jak dlouho Kotva věci uchovává</translation>
    </message>
    <message>
        <source>Delete &amp;message text after:</source>
        <translation>Text &amp;zpráv smazat po:</translation>
    </message>
    <message>
        <source>Delete &amp;everything else after:</source>
        <translation>&amp;Vše ostatní smazat po:</translation>
    </message>
    <message>
        <source>Message text can be kept for 1 to %1 days; everything else about a contact for %2 months at the most. A shorter period applies at once: whatever is older is deleted for good.</source>
        <translation>Text zpráv lze uchovat 1 až %1 dní, vše ostatní o kontaktu nejvýše %2 měsíců. Kratší lhůta platí okamžitě: vše starší se natrvalo smaže.</translation>
    </message>
    <message>
        <source>How the vault is unlocked</source>
        <translation>Jak se trezor odemyká</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Změnit &amp;heslo…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>Trezor se znovu šifruje…</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain; the vault opens by itself while you are logged in.</source>
        <translation>Klíč je uložen v systémové klíčence; trezor se otevře sám, dokud jste přihlášeni.</translation>
    </message>
    <message>
        <source>The vault is protected with a passphrase that you type at every start.</source>
        <translation>Trezor je chráněn heslem, které zadáváte při každém spuštění.</translation>
    </message>
    <message>
        <source>Use a passphrase &amp;instead…</source>
        <translation>Použít &amp;místo toho heslo…</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain instead</source>
        <translation>Uložit klíč raději do &amp;klíčenky</translation>
    </message>
    <message>
        <source>Done: the key is now kept in the system keychain.</source>
        <translation>Hotovo: klíč je teď uložen v systémové klíčence.</translation>
    </message>
    <message>
        <source>Done: the vault now opens with the new passphrase.</source>
        <translation>Hotovo: trezor se teď otevírá novým heslem.</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>den</numerusform>
            <numerusform>dny</numerusform>
            <numerusform>dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>měsíc</numerusform>
            <numerusform>měsíce</numerusform>
            <numerusform>měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation and your organisation</source>
        <translation>Tento počítač a vaše organizace</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nenastaveno</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Zamknout po nečinnosti:</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;region:</source>
        <translation>&amp;Kraj organizace:</translation>
    </message>
    <message>
        <source>Kotva locks by itself when nobody has used it for this long; Ctrl+L locks at once. The region decides which crisis centre the referral pane offers.</source>
        <translation>Kotva se sama zamkne, když ji takto dlouho nikdo nepoužívá; Ctrl+L zamyká hned. Podle kraje nabízí panel krizových kontaktů nejbližší krizové centrum.</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>minuta</numerusform>
            <numerusform>minuty</numerusform>
            <numerusform>minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation data</source>
        <translation>Data organizace</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own lexicons and referral directory are read from your data folder first, then from the installed copy; a copy that does not load is skipped.</source>
        <translation>Vlastní slovníky a adresář služeb vaší organizace se čtou nejdřív z vaší datové složky, pak z nainstalované kopie; kopie, kterou nejde načíst, se přeskočí.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>datum neznámé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, %3</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Přeskočeno: %1</translation>
    </message>
    <message>
        <source>Built into Kotva.</source>
        <translation>Vestavěná v Kotvě.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;services…</source>
        <translation>&amp;Služby vaší organizace…</translation>
    </message>
    <message>
        <source>Local services offered in the crisis pane beside the national directory; confirmed, exported and imported here.</source>
        <translation>Místní služby nabízené v krizovém panelu vedle celostátního adresáře; zde se potvrzují, exportují a importují.</translation>
    </message>
    <message>
        <source>&amp;E-mail counselling…</source>
        <translation>&amp;E-mailová poradna…</translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox, the answer deadline and the automatic acknowledgement.</source>
        <translation>Schránka organizace, lhůta pro odpověď a automatické potvrzení o přijetí.</translation>
    </message>
    <message>
        <source>Make it a &amp;team vault…</source>
        <translation>Udělat z trezoru &amp;týmový…</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>Čle&amp;nové…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation>Změnit &amp;své heslo…</translation>
    </message>
    <message>
        <source>This is a team vault: each member unlocks it with their own passphrase, and the keychain is not used. You are %1 (%2).</source>
        <translation>Toto je týmový trezor: každý člen ho odemyká svým vlastním heslem a klíčenka se nepoužívá. Vy jste %1 (%2).</translation>
    </message>
    <message>
        <source>Done: from now on you unlock the vault with your new passphrase.</source>
        <translation>Hotovo: odteď trezor odemykáte svým novým heslem.</translation>
    </message>
    <message>
        <source>Workers on &amp;other PCs…</source>
        <translation>Práce z &amp;jiných počítačů…</translation>
    </message>
    <message>
        <source>Cards and files exchanged with workers who keep Kotva on their own PC.</source>
        <translation>Karty a soubory, které si vyměňujete s pracovníky, kteří mají Kotvu na vlastním počítači.</translation>
    </message>
</context>
<context>
    <name>kotva::SetupDialog</name>
    <message>
        <source>Keep the key in the system &amp;keychain (recommended)</source>
        <translation>Uložit klíč do systémové &amp;klíčenky (doporučeno)</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase</source>
        <translation>Chránit &amp;heslem</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Vytváří se šifrovaný trezor…</translation>
    </message>
    <message>
        <source>Kotva – first start</source>
        <translation>Kotva – první spuštění</translation>
    </message>
    <message>
        <source>Welcome to Kotva</source>
        <translation>Vítejte v Kotvě</translation>
    </message>
    <message>
        <source>Let&apos;s set up the encrypted vault for your work.</source>
        <translation>Nastavíme šifrovaný trezor pro vaši práci.</translation>
    </message>
    <message>
        <source>Kotva keeps everything you save in one encrypted file on this computer: message texts, notes and records. Nothing personal is stored: names, phone numbers, addresses and similar details are removed before anything is saved.</source>
        <translation>Kotva ukládá vše do jednoho šifrovaného souboru v tomto počítači: texty zpráv, poznámky i záznamy. Nic osobního se neukládá: jména, telefonní čísla, adresy a podobné údaje se před uložením odstraní.</translation>
    </message>
    <message numerus="yes">
        <source>Everything expires: message text is deleted after %n days and everything else after 12 months at the latest. You can shorten both in Settings.</source>
        <translation>
            <numerusform>Vše má omezenou dobu: text zpráv se maže po %n dni a vše ostatní nejpozději po 12 měsících. Obě lhůty můžete v Nastavení zkrátit.</numerusform>
            <numerusform>Vše má omezenou dobu: text zpráv se maže po %n dnech a vše ostatní nejpozději po 12 měsících. Obě lhůty můžete v Nastavení zkrátit.</numerusform>
            <numerusform>Vše má omezenou dobu: text zpráv se maže po %n dnech a vše ostatní nejpozději po 12 měsících. Obě lhůty můžete v Nastavení zkrátit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Soubor trezoru: %1</translation>
    </message>
    <message>
        <source>How should the vault be unlocked?</source>
        <translation>Jak se má trezor odemykat?</translation>
    </message>
    <message>
        <source>Kotva makes a random 256-bit key and keeps it in your system keychain. The vault opens by itself while you are logged in; there is nothing to remember.</source>
        <translation>Kotva vytvoří náhodný 256bitový klíč a uloží ho do systémové klíčenky. Trezor se otevře sám, dokud jste přihlášeni; nic si nemusíte pamatovat.</translation>
    </message>
    <message>
        <source>You type the passphrase every time Kotva starts. Nobody can recover it: if you forget it, the vault cannot be opened and what it holds is lost.</source>
        <translation>Heslo zadáváte při každém spuštění Kotvy. Nikdo ho neumí obnovit: když ho zapomenete, trezor nepůjde otevřít a jeho obsah bude ztracen.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Vytvořit trezor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
</context>
<context>
    <name>kotva::ShareEnvelope</name>
    <message>
        <source>Kotva&apos;s cryptography library could not start.</source>
        <translation>Kryptografická knihovna Kotvy se nespustila.</translation>
    </message>
    <message>
        <source>This file was not sealed for this team, or it was damaged on the way. Nothing was imported.</source>
        <translation>Tento soubor nebyl zapečetěn pro tento tým, nebo se cestou poškodil. Nic se neimportovalo.</translation>
    </message>
    <message>
        <source>The team&apos;s key or your signing key is not complete; join the team again with the team&apos;s card.</source>
        <translation>Klíč týmu nebo váš podpisový klíč není úplný; připojte se k týmu znovu pomocí karty týmu.</translation>
    </message>
    <message>
        <source>This is not a file a Kotva team member exports. Nothing was imported.</source>
        <translation>Toto není soubor, který exportuje člen týmu v Kotvě. Nic se neimportovalo.</translation>
    </message>
    <message>
        <source>This file was altered or forged: its signature does not match what it carries. Nothing was imported.</source>
        <translation>Tento soubor byl pozměněn nebo podvržen: jeho podpis neodpovídá obsahu. Nic se neimportovalo.</translation>
    </message>
</context>
<context>
    <name>kotva::SharePayload</name>
    <message>
        <source>The file&apos;s contents do not have the form Kotva writes. Nothing was imported.</source>
        <translation>Obsah souboru nemá podobu, jakou Kotva zapisuje. Nic nebylo importováno.</translation>
    </message>
</context>
<context>
    <name>kotva::SmtpClient</name>
    <message>
        <source>The server %1 did not greet Kotva as a mail server that takes mail (it answered %2).</source>
        <translation>Server %1 Kotvu nepozdravil jako poštovní server, který přijímá poštu (odpověděl %2).</translation>
    </message>
    <message>
        <source>The mail server did not accept Kotva&apos;s introduction (EHLO).</source>
        <translation>Poštovní server nepřijal představení Kotvy (EHLO).</translation>
    </message>
    <message>
        <source>The mail server refused the sender address %1.</source>
        <translation>Poštovní server odmítl adresu odesílatele %1.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient %1.</source>
        <translation>Poštovní server odmítl příjemce %1.</translation>
    </message>
    <message>
        <source>The mail server refused to take the message.</source>
        <translation>Poštovní server odmítl zprávu převzít.</translation>
    </message>
    <message>
        <source>The message may have been sent: the mail server did not confirm it. Check the sent mail before sending it again.</source>
        <translation>Zpráva možná odešla: poštovní server ji nepotvrdil. Než ji pošlete znovu, podívejte se do odeslané pošty.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Poštovní server zprávu odmítl.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 seconds.</source>
        <translation>Poštovní server %1 neodpověděl do %2 sekund.</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost.</source>
        <translation>Spojení s poštovním serverem %1 se přerušilo.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted, so Kotva did not log in:
%2</source>
        <translation>Certifikátu poštovního serveru %1 se nedá důvěřovat, proto se Kotva nepřihlásila:
%2</translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 on port %2 could be made. Is it the SMTPS port (usually 465)?</source>
        <translation>Zabezpečené spojení s poštovním serverem %1 na portu %2 se nepodařilo navázat. Je to port SMTPS (obvykle 465)?</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection before it was secured. Is port %2 the SMTPS port (usually 465)?</source>
        <translation>Poštovní server %1 ukončil spojení dřív, než bylo zabezpečené. Je port %2 port SMTPS (obvykle 465)?</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached on port %2.</source>
        <translation>Poštovní server %1 není na portu %2 dostupný.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up in time. Is the computer online?</source>
        <translation>Název %1 se nepodařilo včas dohledat. Je počítač připojený k internetu?</translation>
    </message>
    <message>
        <source>The mail server name %1 does not exist. Check the spelling.</source>
        <translation>Poštovní server %1 neexistuje. Zkontrolujte, jak je název napsaný.</translation>
    </message>
    <message>
        <source>The mail server %1 sent an answer Kotva cannot accept.</source>
        <translation>Poštovní server %1 poslal odpověď, kterou Kotva nemůže přijmout.</translation>
    </message>
    <message>
        <source>The sender address is not a valid e-mail address; nothing was sent.</source>
        <translation>Adresa odesílatele není platná e-mailová adresa; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The message has no recipient; nothing was sent.</source>
        <translation>Zpráva nemá příjemce; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The message has more than %1 recipients; nothing was sent.</source>
        <translation>Zpráva má víc než %1 příjemců; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid e-mail address; nothing was sent.</source>
        <translation>Adresa „%1“ není platná e-mailová adresa; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The message is empty; nothing was sent.</source>
        <translation>Zpráva je prázdná; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The message has a line longer than %1 characters; nothing was sent.</source>
        <translation>Zpráva má řádek delší než %1 znaků; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The connection is not secured, so Kotva did not send the password.</source>
        <translation>Spojení není zabezpečené, proto Kotva heslo neposlala.</translation>
    </message>
    <message>
        <source>The mail server does not offer a way to log in that Kotva knows (AUTH PLAIN or LOGIN). Kotva sends mail only after logging in; check the server and port.</source>
        <translation>Poštovní server nenabízí žádný způsob přihlášení, který Kotva zná (AUTH PLAIN nebo LOGIN). Kotva posílá poštu jen po přihlášení; zkontrolujte server a port.</translation>
    </message>
    <message>
        <source>The mail server could not check the user name and password just now. Try again later.</source>
        <translation>Poštovní server teď nemohl ověřit uživatelské jméno a heslo. Zkuste to později.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Poštovní server odmítl uživatelské jméno nebo heslo.</translation>
    </message>
</context>
<context>
    <name>kotva::SqlCipherDriver</name>
    <message>
        <source>The key can only be set before the vault is opened.</source>
        <translation>Klíč lze nastavit jen před otevřením trezoru.</translation>
    </message>
    <message>
        <source>Could not open the database file.</source>
        <translation>Soubor databáze se nepodařilo otevřít.</translation>
    </message>
    <message>
        <source>An empty key cannot protect a vault.</source>
        <translation>Prázdný klíč nemůže trezor ochránit.</translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits.</source>
        <translation>Surový klíč musí mít přesně 64 šestnáctkových číslic.</translation>
    </message>
    <message>
        <source>This passphrase has the form of a raw key; choose another one.</source>
        <translation>Toto heslo má tvar surového klíče; zvolte jiné.</translation>
    </message>
    <message>
        <source>The key was not accepted.</source>
        <translation>Klíč nebyl přijat.</translation>
    </message>
    <message>
        <source>This build of Kotva has no working encryption (SQLCipher is missing).</source>
        <translation>Tato verze Kotvy nemá funkční šifrování (chybí SQLCipher).</translation>
    </message>
    <message>
        <source>Could not configure the key derivation.</source>
        <translation>Odvozování klíče se nepodařilo nastavit.</translation>
    </message>
    <message>
        <source>Could not configure the encryption.</source>
        <translation>Šifrování se nepodařilo nastavit.</translation>
    </message>
    <message>
        <source>Only an open, encrypted vault can change its key.</source>
        <translation>Klíč lze změnit jen u otevřeného šifrovaného trezoru.</translation>
    </message>
    <message>
        <source>The key cannot be changed while the vault is in use.</source>
        <translation>Klíč nelze změnit, dokud se trezor používá.</translation>
    </message>
    <message>
        <source>The new key is not valid.</source>
        <translation>Nový klíč není platný.</translation>
    </message>
    <message>
        <source>Could not change the key.</source>
        <translation>Klíč se nepodařilo změnit.</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Transakci se nepodařilo zahájit.</translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation>Změny se nepodařilo uložit.</translation>
    </message>
    <message>
        <source>Could not undo the changes.</source>
        <translation>Změny se nepodařilo vrátit zpět.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databáze není otevřená.</translation>
    </message>
    <message>
        <source>Could not prepare the statement.</source>
        <translation>Příkaz se nepodařilo připravit.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>Příkaz je prázdný.</translation>
    </message>
    <message>
        <source>Only one statement can be run at a time.</source>
        <translation>Najednou lze spustit jen jeden příkaz.</translation>
    </message>
    <message>
        <source>The statement expects %1 values but got %2.</source>
        <translation>Počet hodnot nesouhlasí: příkaz jich očekává %1, dostal %2.</translation>
    </message>
    <message>
        <source>Could not bind a value.</source>
        <translation>Hodnotu se nepodařilo dosadit do příkazu.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>Není připraven žádný příkaz.</translation>
    </message>
    <message>
        <source>Could not run the statement.</source>
        <translation>Příkaz se nepodařilo provést.</translation>
    </message>
    <message>
        <source>Could not read the next row.</source>
        <translation>Další řádek se nepodařilo načíst.</translation>
    </message>
    <message>
        <source>Only an open, encrypted vault can attach another one.</source>
        <translation>Jiný trezor lze připojit jen k otevřenému šifrovanému trezoru.</translation>
    </message>
    <message>
        <source>The vault is in use.</source>
        <translation>Trezor se právě používá.</translation>
    </message>
    <message>
        <source>Could not open the other vault.</source>
        <translation>Druhý trezor se nepodařilo otevřít.</translation>
    </message>
    <message>
        <source>Could not close the other vault.</source>
        <translation>Druhý trezor se nepodařilo zavřít.</translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionAgenda</name>
    <message>
        <source>The supervision agenda could not be read or written in the vault.</source>
        <translation>Program supervize se nepodařilo načíst z trezoru nebo do něj zapsat.</translation>
    </message>
    <message>
        <source>This item is no longer on the agenda (it was removed or it expired).</source>
        <translation>Tento bod už v programu není (byl odebrán nebo vypršel).</translation>
    </message>
    <message numerus="yes">
        <source>This item is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>Tento bod je příliš dlouhý (nejvýše %n znak).</numerusform>
            <numerusform>Tento bod je příliš dlouhý (nejvýše %n znaky).</numerusform>
            <numerusform>Tento bod je příliš dlouhý (nejvýše %n znaků).</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty item cannot be added.</source>
        <translation>Prázdný bod nelze přidat.</translation>
    </message>
    <message numerus="yes">
        <source>What was agreed is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>Záznam dohody je příliš dlouhý (nejvýše %n znak).</numerusform>
            <numerusform>Záznam dohody je příliš dlouhý (nejvýše %n znaky).</numerusform>
            <numerusform>Záznam dohody je příliš dlouhý (nejvýše %n znaků).</numerusform>
        </translation>
    </message>
    <message>
        <source>A note shared for team supervision stays on the agenda while it is shared. Mark it discussed, or ask its author to change its sharing.</source>
        <translation>Poznámka sdílená pro týmovou supervizi zůstává v programu, dokud je sdílená. Označte ji jako probranou, nebo požádejte autora, aby změnil její sdílení.</translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionNote</name>
    <message>
        <source>Private</source>
        <translation>Soukromá</translation>
    </message>
    <message>
        <source>For individual supervision</source>
        <translation>Pro individuální supervizi</translation>
    </message>
    <message>
        <source>For team supervision</source>
        <translation>Pro týmovou supervizi</translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation>Co bylo těžké</translation>
    </message>
    <message>
        <source>Boundary dilemma</source>
        <translation>Dilema hranic</translation>
    </message>
    <message>
        <source>My own feelings</source>
        <translation>Moje vlastní pocity</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Péče o sebe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionNoteModel</name>
    <message>
        <source>Kotva deletes this note on %1.</source>
        <translation>Kotva tuto poznámku smaže %1.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Napsáno</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sdílení</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Smaže se</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionNotePane</name>
    <message>
        <source>Supervision notes</source>
        <translation>Supervizní poznámky</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>&amp;Napsat poznámku</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Teď ne</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nová poznámka</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Všechny poznámky</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>Consider a supervision note: %1</source>
        <translation>Zvažte supervizní poznámku: %1</translation>
    </message>
    <message>
        <source>Discard the changes to this note?</source>
        <translation>Zahodit změny v této poznámce?</translation>
    </message>
    <message>
        <source>What you wrote since the note was last saved will be lost.</source>
        <translation>Co jste napsali od posledního uložení poznámky, se ztratí.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zahodit změny</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Smazat tuto poznámku?</translation>
    </message>
    <message>
        <source>The note of %1 will be deleted for good.</source>
        <translation>Poznámka z %1 bude nenávratně smazána.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Smazat poznámku</translation>
    </message>
    <message>
        <source>The note was deleted.</source>
        <translation>Poznámka byla smazána.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Uloženo do %1.</translation>
    </message>
    <message>
        <source>For &amp;individual supervision…</source>
        <translation>Pro &amp;individuální supervizi…</translation>
    </message>
    <message>
        <source>Saves your notes shared for individual supervision as a PDF to print and bring along.</source>
        <translation>Uloží vaše poznámky sdílené pro individuální supervizi jako PDF, které si vytisknete a přinesete.</translation>
    </message>
    <message>
        <source>Save the notes for individual supervision</source>
        <translation>Uložit poznámky pro individuální supervizi</translation>
    </message>
    <message>
        <source>individual-supervision.pdf</source>
        <translation>individualni-supervize.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionService</name>
    <message>
        <source>The supervision note could not be read or written in the vault.</source>
        <translation>Supervizní poznámku se nepodařilo načíst z trezoru ani do něj zapsat.</translation>
    </message>
    <message>
        <source>This note is no longer in the vault (it was deleted or it expired).</source>
        <translation>Tato poznámka už v trezoru není (byla smazána nebo vypršela).</translation>
    </message>
    <message>
        <source>The contact had signs of danger and a boundary finding.</source>
        <translation>V kontaktu se objevily krizové signály a zjištění k hranicím role.</translation>
    </message>
    <message>
        <source>The contact had signs of danger.</source>
        <translation>V kontaktu se objevily krizové signály.</translation>
    </message>
    <message>
        <source>The contact had a boundary finding.</source>
        <translation>V kontaktu se objevilo zjištění k hranicím role.</translation>
    </message>
    <message>
        <source>You chose to bring it to supervision.</source>
        <translation>Rozhodli jste se ho vzít na supervizi.</translation>
    </message>
    <message>
        <source>An empty note cannot be saved.</source>
        <translation>Prázdnou poznámku nelze uložit.</translation>
    </message>
    <message numerus="yes">
        <source>This note is too long to save (at most %n character(s)).</source>
        <translation>
            <numerusform>Poznámka je příliš dlouhá na uložení (nejvýše %n znak).</numerusform>
            <numerusform>Poznámka je příliš dlouhá na uložení (nejvýše %n znaky).</numerusform>
            <numerusform>Poznámka je příliš dlouhá na uložení (nejvýše %n znaků).</numerusform>
        </translation>
    </message>
    <message>
        <source>A note can be linked to a contact only by its reference, such as K-4F7Q.</source>
        <translation>Poznámku lze s kontaktem propojit jen pomocí jeho značky, například K-4F7Q.</translation>
    </message>
    <message>
        <source>This private note was sealed with an earlier passphrase and cannot be read any more.</source>
        <translation>Tato soukromá poznámka byla zapečetěna dřívějším heslem a už ji nelze přečíst.</translation>
    </message>
    <message>
        <source>This note is not yours.</source>
        <translation>Tato poznámka není vaše.</translation>
    </message>
</context>
<context>
    <name>kotva::TeamKeys</name>
    <message>
        <source>You cannot remove your own key while you use it. Another team lead can remove you.</source>
        <translation>Vlastní klíč nemůžete odebrat, dokud ho používáte. Odebrat vás může jiný vedoucí týmu.</translation>
    </message>
    <message>
        <source>Change your own passphrase instead: a reset is for a member who has forgotten theirs.</source>
        <translation>Změňte raději své heslo: nové první heslo je pro člena, který to své zapomněl.</translation>
    </message>
</context>
<context>
    <name>kotva::TeamRoster</name>
    <message>
        <source>The team&apos;s members could not be read or written in the vault.</source>
        <translation>Členy týmu se v trezoru nepodařilo přečíst ani zapsat.</translation>
    </message>
    <message>
        <source>This member is not in the team.</source>
        <translation>Tento člen v týmu není.</translation>
    </message>
    <message>
        <source>The team needs a team lead: give the role to another member first.</source>
        <translation>Tým potřebuje vedoucího: nejdřív dejte tuto roli jinému členovi.</translation>
    </message>
    <message>
        <source>A member needs initials or a name.</source>
        <translation>Člen potřebuje iniciály nebo jméno.</translation>
    </message>
    <message>
        <source>A member needs at least one role.</source>
        <translation>Člen potřebuje aspoň jednu roli.</translation>
    </message>
    <message>
        <source>This member is in the team already.</source>
        <translation>Tento člen už v týmu je.</translation>
    </message>
    <message>
        <source>This team has its members already.</source>
        <translation>Tento tým už své členy má.</translation>
    </message>
</context>
<context>
    <name>kotva::TeamService</name>
    <message>
        <source>This vault belongs to one person. Make it a team vault first (Settings).</source>
        <translation>Tento trezor patří jednomu člověku. Nejdřív z něj udělejte týmový trezor (Nastavení).</translation>
    </message>
    <message>
        <source>Your key opens the vault, but the team has given you no role yet. Ask the team lead to set your roles.</source>
        <translation>Váš klíč trezor otevře, ale tým vám zatím nedal žádnou roli. Požádejte vedoucího týmu, ať vaše role nastaví.</translation>
    </message>
    <message>
        <source>A member needs at least one role.</source>
        <translation>Člen potřebuje aspoň jednu roli.</translation>
    </message>
</context>
<context>
    <name>kotva::TlsPolicy</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Server neposlal žádný certifikát.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Vydán pro: %1</translation>
    </message>
    <message>
        <source>Host names: %1</source>
        <translation>Názvy serveru: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Vydal: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Platný od %1 do %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Otisk SHA-256: %1</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Platnost certifikátu vypršela.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Certifikát ještě neplatí.</translation>
    </message>
    <message>
        <source>The certificate was issued for another server name.</source>
        <translation>Certifikát byl vydán pro jiný název serveru.</translation>
    </message>
    <message>
        <source>The certificate was not issued by an authority this computer trusts.</source>
        <translation>Certifikát nevydala autorita, které tento počítač důvěřuje.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>Certifikát byl odvolán.</translation>
    </message>
    <message>
        <source>The certificate cannot be verified (%1).</source>
        <translation>Certifikát nelze ověřit (%1).</translation>
    </message>
</context>
<context>
    <name>kotva::TurnComposer</name>
    <message>
        <source>&amp;Client&apos;s message</source>
        <translation>Zpráva k&amp;lienta/ky</translation>
    </message>
    <message>
        <source>&amp;My reply</source>
        <translation>&amp;Moje odpověď</translation>
    </message>
    <message>
        <source>&amp;Save turn</source>
        <translation>Ul&amp;ožit příspěvek</translation>
    </message>
    <message>
        <source>The text is the client&apos;s message</source>
        <translation>Text je zpráva klienta/klientky</translation>
    </message>
    <message>
        <source>The text is my reply</source>
        <translation>Text je moje odpověď</translation>
    </message>
    <message>
        <source>Turn text</source>
        <translation>Text příspěvku</translation>
    </message>
    <message>
        <source>Type or paste the text. Personal data is removed when you save; the original is never stored.</source>
        <translation>Napište nebo vložte text. Osobní údaje se při uložení odstraní; původní text se nikdy neukládá.</translation>
    </message>
    <message>
        <source>Save the turn (Ctrl+Enter)</source>
        <translation>Uložit příspěvek (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save turn</source>
        <translation>Uložit příspěvek</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>This text is long, so it is not checked while you type. It is checked, and personal data removed, when you save.</source>
        <translation>Text je dlouhý, proto se při psaní nekontroluje. Zkontroluje se a osobní údaje se odstraní při uložení.</translation>
    </message>
</context>
<context>
    <name>kotva::TurnModel</name>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▲ %1: %2</source>
        <translation>▲ %1: %2</translation>
    </message>
    <message>
        <source>⚠ boundary: %1</source>
        <translation>⚠ hranice: %1</translation>
    </message>
    <message>
        <source>sent despite the warning</source>
        <translation>odesláno i přes upozornění</translation>
    </message>
    <message>
        <source>✂ removed: %1</source>
        <translation>✂ odstraněno: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient/ka</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Já</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(text expired)</source>
        <translation>(text už byl smazán)</translation>
    </message>
</context>
<context>
    <name>kotva::UnlockDialog</name>
    <message>
        <source>Opening the vault…</source>
        <translation>Trezor se otevírá…</translation>
    </message>
    <message>
        <source>Unlock Kotva</source>
        <translation>Odemknout Kotvu</translation>
    </message>
    <message>
        <source>Your work is kept in an encrypted vault.</source>
        <translation>Vaše práce je uložena v šifrovaném trezoru.</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Soubor trezoru: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Ask the &amp;keychain again</source>
        <translation>Zeptat se &amp;klíčenky znovu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
    <message>
        <source>Kotva is locked. Nothing in the vault can be read until it is unlocked again.</source>
        <translation>Kotva je zamčená. Dokud ji znovu neodemknete, nelze z trezoru nic přečíst.</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Zadejte heslo k tomuto trezoru.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation>Zkontrolujte Caps Lock a rozložení klávesnice.</translation>
    </message>
    <message>
        <source>Kotva cannot open the vault. The file was left exactly as it was; nothing was replaced or created in its place.</source>
        <translation>Kotva nemůže trezor otevřít. Soubor zůstal přesně takový, jaký byl; nic nebylo nahrazeno ani vytvořeno místo něj.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Zkusit znovu</translation>
    </message>
    <message>
        <source>&amp;Who you are:</source>
        <translation>&amp;Kdo jste:</translation>
    </message>
    <message>
        <source>This is a team vault: each member unlocks it with their own passphrase. Choose yourself and type yours.</source>
        <translation>Toto je týmový trezor: každý člen ho odemyká svým vlastním heslem. Vyberte sebe a zadejte to své.</translation>
    </message>
</context>
<context>
    <name>kotva::Utf8</name>
    <message>
        <source>The text is not valid UTF-8 (at byte %1).</source>
        <translation>Text není v platném kódování UTF-8 (bajt %1).</translation>
    </message>
</context>
<context>
    <name>kotva::ValidationPanel</name>
    <message>
        <source>Problems in the programme</source>
        <translation>Problémy v programu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Aktivita „%1“</translation>
    </message>
    <message>
        <source>Activity %1 (no title)</source>
        <translation>Aktivita č. %1 (bez názvu)</translation>
    </message>
    <message>
        <source>Cancellation of %1 on %2</source>
        <translation>Zrušení „%1“ dne %2</translation>
    </message>
    <message>
        <source>Change of %1 on %2</source>
        <translation>Změna „%1“ dne %2</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>Rozpis služeb</translation>
    </message>
    <message>
        <source>No problems found: the programme can be saved.</source>
        <translation>Žádné problémy: program lze uložit.</translation>
    </message>
    <message>
        <source>Errors — fix these to save the programme:</source>
        <translation>Chyby — bez jejich opravy nepůjde program uložit:</translation>
    </message>
    <message>
        <source>Warnings — the programme can be saved, but check these:</source>
        <translation>Upozornění — program lze uložit, ale zkontrolujte:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cancellation(s) or change(s) that no longer fit</source>
        <translation>
            <numerusform>Odstranit zrušení a změny, které už neplatí (%n)</numerusform>
            <numerusform>Odstranit zrušení a změny, které už neplatí (%n)</numerusform>
            <numerusform>Odstranit zrušení a změny, které už neplatí (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::Vault</name>
    <message>
        <source>The vault could not be set up safely, so it was not opened.</source>
        <translation>Trezor se nepodařilo bezpečně nastavit, a proto nebyl otevřen.</translation>
    </message>
    <message>
        <source>Expired content was removed but could not yet be wiped from the disk; Kotva will try again.</source>
        <translation>Obsah, jehož lhůta uplynula, byl odstraněn, ale z disku se ho zatím nepodařilo trvale vymazat; Kotva to zkusí znovu.</translation>
    </message>
    <message>
        <source>The vault is closed.</source>
        <translation>Trezor je zavřený.</translation>
    </message>
    <message>
        <source>The key could not be changed; the old key still opens the vault.</source>
        <translation>Klíč se nepodařilo změnit; trezor se dál otevírá starým klíčem.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Kotva. Update Kotva to open it.</source>
        <translation>Tento trezor vytvořila novější verze aplikace Kotva. Chcete-li ho otevřít, aktualizujte Kotvu.</translation>
    </message>
    <message>
        <source>Kotva cannot write to the vault or to its folder. Check that the folder is writable; nothing was changed.</source>
        <translation>Kotva nemůže zapisovat do trezoru ani do jeho složky. Zkontrolujte, zda je do složky povolen zápis; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was half-saved: free some space and try again.</source>
        <translation>Disk je plný. Nic nezůstalo uložené napůl: uvolněte trochu místa a zkuste to znovu.</translation>
    </message>
    <message>
        <source>There is no vault at this location.</source>
        <translation>V tomto umístění žádný trezor není.</translation>
    </message>
    <message>
        <source>A file already exists at this location, so no new vault was created there.</source>
        <translation>V tomto umístění už existuje soubor, proto tam nový trezor nebyl vytvořen.</translation>
    </message>
    <message>
        <source>This installation of Kotva cannot encrypt its data (SQLCipher is missing), so it refuses to store anything.</source>
        <translation>Tato instalace aplikace Kotva neumí šifrovat data (chybí SQLCipher), a proto odmítá cokoli ukládat.</translation>
    </message>
    <message>
        <source>The vault file could not be read or written.</source>
        <translation>Soubor trezoru se nepodařilo přečíst ani zapsat.</translation>
    </message>
    <message>
        <source>The key or passphrase cannot be used.</source>
        <translation>Klíč nebo heslo nelze použít.</translation>
    </message>
    <message>
        <source>The vault reported an error.</source>
        <translation>Trezor ohlásil chybu.</translation>
    </message>
    <message>
        <source>Kotva was started without its vault schema.</source>
        <translation>Kotva byla spuštěna bez schématu trezoru.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open this vault, or the vault file is damaged. The file was not changed. If you are sure of the passphrase, restore the vault file from your backup copy, or move it aside and Kotva starts a new vault.</source>
        <translation>Klíč nebo heslo tento trezor neotevírá, nebo je soubor trezoru poškozený. Soubor se nezměnil. Pokud si heslem jste jistí, obnovte soubor trezoru ze své zálohy, nebo ho přesuňte stranou a Kotva založí nový trezor.</translation>
    </message>
    <message>
        <source>This file is not a Kotva vault, or it was damaged (cut short by a full disk or a crash). It was left exactly as it is. If it was your vault, restore it from your backup copy, or move it aside and Kotva starts a new vault.</source>
        <translation>Tento soubor není trezor Kotvy, nebo je poškozený (zkrácený plným diskem nebo pádem). Zůstal přesně tak, jak byl. Pokud to byl váš trezor, obnovte ho ze své zálohy, nebo ho přesuňte stranou a Kotva založí nový trezor.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read safely. The file was left as it is; restore it from your backup copy, or move it aside and Kotva starts a new vault.</source>
        <translation>Trezor je poškozený a nedá se bezpečně číst. Soubor zůstal, jak byl; obnovte ho ze své zálohy, nebo ho přesuňte stranou a Kotva založí nový trezor.</translation>
    </message>
    <message>
        <source>A file is already there: %1</source>
        <translation>Soubor už existuje: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Zálohu se nepodařilo zapsat do %1.</translation>
    </message>
    <message>
        <source>The backup has another version of the vault&apos;s tables.</source>
        <translation>Záloha má jinou verzi tabulek trezoru.</translation>
    </message>
    <message>
        <source>The backup could not be restored; the vault is as it was.</source>
        <translation>Zálohu se nepodařilo obnovit; trezor zůstal, jak byl.</translation>
    </message>
</context>
<context>
    <name>kotva::VaultAccess</name>
    <message>
        <source>This vault exists, but the keychain has no key for it. If you protected the vault with a passphrase, enter it. Otherwise the keychain may be locked or belong to another account: unlock it and try again. No new key was made.</source>
        <translation>Tento trezor existuje, ale systémová klíčenka k němu nemá klíč. Pokud je trezor chráněn heslem, zadejte ho. Jinak může být klíčenka zamčená nebo patřit jinému účtu: odemkněte ji a zkuste to znovu. Žádný nový klíč nebyl vytvořen.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused to give out the key. Unlock it and try again, or enter the vault&apos;s passphrase.</source>
        <translation>Systémová klíčenka je zamčená nebo odmítla klíč vydat. Odemkněte ji a zkuste to znovu, nebo zadejte heslo k trezoru.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so the key cannot be read from it. Enter the vault&apos;s passphrase.</source>
        <translation>V tomto počítači neodpovídá žádná systémová klíčenka, takže z ní nelze klíč načíst. Zadejte heslo k trezoru.</translation>
    </message>
    <message>
        <source>The key in the keychain does not open this vault; it may be protected by a passphrase instead. Enter the passphrase. The vault was not changed.</source>
        <translation>Klíč ze systémové klíčenky tento trezor neotevře; trezor je možná chráněn heslem. Zadejte heslo. Trezor se nezměnil.</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check it and try again. The vault was not changed.</source>
        <translation>Toto heslo trezor neotevře. Zkontrolujte ho a zkuste to znovu. Trezor se nezměnil.</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>Trezor není otevřený.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1 Nothing was created. Protect the vault with a passphrase instead.</source>
        <translation>Klíč se nepodařilo uložit do systémové klíčenky: %1 Nic nebylo vytvořeno. Chraňte trezor raději heslem.</translation>
    </message>
    <message>
        <source>This vault is protected by the keychain, not by a passphrase.</source>
        <translation>Tento trezor je chráněn systémovou klíčenkou, ne heslem.</translation>
    </message>
    <message>
        <source>This vault is already protected by a passphrase.</source>
        <translation>Tento trezor už je chráněn heslem.</translation>
    </message>
    <message>
        <source>This vault already keeps its key in the keychain.</source>
        <translation>Tento trezor už má klíč uložený v systémové klíčence.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1 The vault still uses your passphrase.</source>
        <translation>Klíč se nepodařilo uložit do systémové klíčenky: %1 Trezor dál používá vaše heslo.</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Zadejte heslo k tomuto trezoru.</translation>
    </message>
    <message>
        <source>The keychain already keeps the key of a vault at this place. That vault may come back (moved away, or on a backup), and without its key it could never be opened: nothing was created. Put the old vault back, choose another file for the new one, or protect it with a passphrase.</source>
        <translation>Klíčenka už uchovává klíč trezoru na tomto místě. Ten trezor se může vrátit (přesunutý nebo na záloze) a bez svého klíče by už nikdy nešel otevřít: nic se nevytvořilo. Vraťte starý trezor zpět, zvolte pro nový jiný soubor, nebo ho chraňte heslem.</translation>
    </message>
    <message>
        <source>The list of the team&apos;s keys beside the vault (%1) cannot be read: %2 Put back a copy of it from a backup.</source>
        <translation>Seznam klíčů týmu vedle trezoru (%1) nelze přečíst: %2 Vraťte ho na místo ze zálohy.</translation>
    </message>
    <message>
        <source>This passphrase does not open this member&apos;s key. Check the name and the passphrase and try again. The vault was not changed.</source>
        <translation>Toto heslo klíč tohoto člena neotevře. Zkontrolujte jméno i heslo a zkuste to znovu. Trezor se nezměnil.</translation>
    </message>
    <message>
        <source>The team&apos;s keys beside the vault do not fit it, and the file %1 could not be moved aside. Move it away yourself; the vault then opens as it did before it became a team vault.</source>
        <translation>Klíče týmu vedle trezoru k němu nepatří a soubor %1 se nepodařilo odložit stranou. Přesuňte ho jinam sami; trezor se pak otevře tak jako předtím, než se stal týmovým.</translation>
    </message>
    <message>
        <source>The team&apos;s keys beside the vault do not fit it: it became a team vault only after this copy was made, or making it one was cut short. They were moved to %1, and the vault opens as it did before.</source>
        <translation>Klíče týmu vedle trezoru k němu nepatří: týmovým se stal až po vytvoření této kopie, nebo se převod nedokončil. Byly přesunuty do %1 a trezor se otevře tak jako předtím.</translation>
    </message>
    <message>
        <source>This vault is a team vault already.</source>
        <translation>Tento trezor už je týmový.</translation>
    </message>
</context>
<context>
    <name>kotva::VaultBackup</name>
    <message>
        <source>The backup folder %1 is not there. Is the disk connected?</source>
        <translation>Složka pro zálohy %1 neexistuje. Je disk připojený?</translation>
    </message>
    <message>
        <source>Kotva cannot write into the backup folder %1.</source>
        <translation>Kotva nemůže zapisovat do složky pro zálohy %1.</translation>
    </message>
    <message>
        <source>A backup was made this very second; try again in a moment.</source>
        <translation>Záloha vznikla právě v tuto sekundu; zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <source>The backup could not be finished in %1.</source>
        <translation>Zálohu v %1 se nepodařilo dokončit.</translation>
    </message>
    <message>
        <source>The backup %1 is not there.</source>
        <translation>Záloha %1 neexistuje.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the vault.</source>
        <translation>Zálohu se nepodařilo zkopírovat vedle trezoru.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup.</source>
        <translation>Toto heslo zálohu neotevře.</translation>
    </message>
</context>
<context>
    <name>kotva::VaultKey</name>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits.</source>
        <translation>Surový klíč musí mít přesně 64 šestnáctkových číslic.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Heslo je prázdné.</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>Heslo není platný text v kódování UTF-8.</translation>
    </message>
    <message>
        <source>A raw key must be exactly 32 bytes.</source>
        <translation>Klíč musí mít přesně 32 bajtů.</translation>
    </message>
</context>
<context>
    <name>kotva::VaultOverviewPage</name>
    <message>
        <source>Your vault</source>
        <translation>Váš trezor</translation>
    </message>
    <message>
        <source>Everything Kotva stores is encrypted on this computer and expires by itself.</source>
        <translation>Vše, co Kotva ukládá, je v tomto počítači zašifrované a samo po čase zanikne.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Umístění:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Šifrování:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klíč:</translation>
    </message>
    <message>
        <source>Message text:</source>
        <translation>Text zpráv:</translation>
    </message>
    <message>
        <source>Everything else:</source>
        <translation>Vše ostatní:</translation>
    </message>
    <message>
        <source>Oldest record:</source>
        <translation>Nejstarší záznam:</translation>
    </message>
    <message>
        <source>Last purge:</source>
        <translation>Poslední mazání:</translation>
    </message>
    <message>
        <source>Not yet since Kotva started.</source>
        <translation>Od spuštění Kotvy zatím neproběhlo.</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Verze schématu:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otevřít složku</translation>
    </message>
    <message>
        <source>Change &amp;retention or key…</source>
        <translation>Změnit &amp;lhůty nebo klíč…</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Šifrováno</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher %1 (256-bit AES)</source>
        <translation>Šifrováno pomocí SQLCipher %1 (256bitový AES)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted after %n day(s)</source>
        <translation>
            <numerusform>Maže se po %n dni</numerusform>
            <numerusform>Maže se po %n dnech</numerusform>
            <numerusform>Maže se po %n dnech</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted after %n month(s), the longest Kotva allows</source>
        <translation>
            <numerusform>Maže se po %n měsíci, déle to Kotva nedovolí</numerusform>
            <numerusform>Maže se po %n měsících, déle to Kotva nedovolí</numerusform>
            <numerusform>Maže se po %n měsících, déle to Kotva nedovolí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted after %n month(s)</source>
        <translation>
            <numerusform>Maže se po %n měsíci</numerusform>
            <numerusform>Maže se po %n měsících</numerusform>
            <numerusform>Maže se po %n měsících</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault holds no records yet.</source>
        <translation>Trezor zatím neobsahuje žádné záznamy.</translation>
    </message>
    <message>
        <source>The vault&apos;s details could not be read: %1</source>
        <translation>Údaje o trezoru se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <source>Random 256-bit key, kept in the system keychain</source>
        <translation>Náhodný 256bitový klíč uložený v systémové klíčence</translation>
    </message>
    <message>
        <source>Derived from your passphrase</source>
        <translation>Odvozený z vašeho hesla</translation>
    </message>
    <message>
        <source>%1: removed %2 and %3</source>
        <translation>%1: smazáno %2 a %3</translation>
    </message>
    <message numerus="yes">
        <source>%n message text(s)</source>
        <translation>
            <numerusform>%n text zprávy</numerusform>
            <numerusform>%n texty zpráv</numerusform>
            <numerusform>%n textů zpráv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n záznam</numerusform>
            <numerusform>%n záznamy</numerusform>
            <numerusform>%n záznamů</numerusform>
        </translation>
    </message>
    <message>
        <source>The last purge failed: %1</source>
        <translation>Poslední mazání selhalo: %1</translation>
    </message>
    <message>
        <source>Less than a day old</source>
        <translation>Mladší než jeden den</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>Starý %n den</numerusform>
            <numerusform>Starý %n dny</numerusform>
            <numerusform>Starý %n dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>Starý %n měsíc</numerusform>
            <numerusform>Starý %n měsíce</numerusform>
            <numerusform>Starý %n měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision:</source>
        <translation>Supervize:</translation>
    </message>
    <message>
        <source>No group programme yet.</source>
        <translation>Zatím není žádný program skupin.</translation>
    </message>
    <message>
        <source>No supervision is planned in %1. Add a date to the group programme as team or individual supervision (internal: it is never printed or published).</source>
        <translation>Na %1 není naplánovaná žádná supervize. Přidejte termín do programu skupin jako týmovou nebo individuální supervizi (interní: nikdy se netiskne ani nezveřejňuje).</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 %2 v %3</translation>
    </message>
    <message>
        <source>Team supervision</source>
        <translation>Týmová supervize</translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation>Individuální supervize</translation>
    </message>
</context>
<context>
    <name>kotva::VaultSettings</name>
    <message>
        <source>The vault is closed.</source>
        <translation>Trezor je zavřený.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation>Hodnota musí být mezi %1 a %2.</translation>
    </message>
    <message>
        <source>This is not a region code.</source>
        <translation>Toto není kód kraje.</translation>
    </message>
</context>
<context>
    <name>kotva::Venue</name>
    <message>
        <source>venue announced that week</source>
        <translation>místo oznámíme v týdnu konání</translation>
    </message>
</context>
<context>
    <name>kotva::VenueEdit</name>
    <message>
        <source>As the activity</source>
        <translation>Jako u aktivity</translation>
    </message>
    <message>
        <source>At the organisation</source>
        <translation>V organizaci</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Jiné místo</translation>
    </message>
    <message>
        <source>Announced that week</source>
        <translation>Oznámí se v daném týdnu</translation>
    </message>
    <message>
        <source>address, or the meeting point of a trip</source>
        <translation>adresa, u výletu místo srazu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Místo</translation>
    </message>
</context>
<context>
    <name>kotva::WholeFile</name>
    <message>
        <source>The file cannot be saved: the folder %1 does not exist.</source>
        <translation>Soubor nelze uložit: složka %1 neexistuje.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written here: the folder or the file is read-only.</source>
        <translation>Soubor %1 sem nelze zapsat: složka nebo soubor jsou jen pro čtení.</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely (is the disk full?). Nothing was changed.</source>
        <translation>Soubor %1 se nepodařilo zapsat celý (není plný disk?). Nic se nezměnilo.</translation>
    </message>
</context>
<context>
    <name>kotva::WorkspacePane</name>
    <message>
        <source>Contacts and conversation</source>
        <translation>Kontakty a rozhovor</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>Crisis referral pane</source>
        <translation>Panel krizových kontaktů</translation>
    </message>
</context>
<context>
    <name>kotva::cli</name>
    <message>
        <source>create, inspect and purge an encrypted vault</source>
        <translation>vytvořit a zkontrolovat šifrovaný trezor a odstranit z něj prošlá data</translation>
    </message>
    <message>
        <source>check messages on stdin for danger, boundaries and personal data</source>
        <translation>zkontrolovat zprávy ze standardního vstupu (stdin) na krizové signály, hranice role a osobní údaje</translation>
    </message>
    <message>
        <source>the group programme for a month as PDF, iCalendar or text</source>
        <translation>program skupin na jeden měsíc jako PDF, iCalendar nebo text</translation>
    </message>
    <message>
        <source>the due date after N Czech working days</source>
        <translation>termín po N českých pracovních dnech</translation>
    </message>
    <message>
        <source>Usage: kotva-cli &lt;command&gt; [options]</source>
        <translation>Použití: kotva-cli &lt;příkaz&gt; [volby]</translation>
    </message>
    <message>
        <source>Run &apos;kotva-cli &lt;command&gt; --help&apos; for its options.</source>
        <translation>Volby příkazu zobrazíte pomocí &apos;kotva-cli &lt;příkaz&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>The output could not be written (is the disk full or the pipe closed?).</source>
        <translation>Výstup nešlo zapsat (není plný disk nebo zavřená roura?).</translation>
    </message>
</context>
<context>
    <name>kotva::cli::analyze</name>
    <message>
        <source>Reads one message per line (UTF-8) on standard input and writes one JSON object per line: risk level, crisis signals, boundary findings, personal data and the redacted text. Offsets count Unicode code points.</source>
        <translation>Čte ze standardního vstupu jednu zprávu na řádek (UTF-8) a na každý řádek vypíše jeden objekt JSON: míru rizika, krizové signály, zjištění k hranicím role, osobní údaje a text se skrytými údaji. Pozice se počítají v kódových bodech Unicode.</translation>
    </message>
    <message>
        <source>Who wrote the messages: client (default) or worker.</source>
        <translation>Kdo zprávy napsal: client (klient, výchozí) nebo worker (pracovník).</translation>
    </message>
    <message>
        <source>Use the lexicons in this folder instead of the built-in ones.</source>
        <translation>Použít slovníky z této složky místo vestavěných.</translation>
    </message>
    <message>
        <source>analyze takes no arguments; it reads the messages from standard input.</source>
        <translation>Příkaz analyze nepřijímá žádné argumenty; zprávy čte ze standardního vstupu.</translation>
    </message>
    <message>
        <source>--role must be client or worker.</source>
        <translation>--role musí být client nebo worker.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Řádek %1: %2</translation>
    </message>
    <message>
        <source>Also list every lexicon entry that matched (&quot;matches&quot;), to check a lexicon change.</source>
        <translation>Vypsat také každou položku slovníku, která se shodovala („matches“), pro kontrolu změny slovníku.</translation>
    </message>
    <message>
        <source>the line contains a NUL character; nothing of it was analysed.</source>
        <translation>řádek obsahuje znak NUL; nic z něj se neanalyzovalo.</translation>
    </message>
    <message>
        <source>Use the lexicons&apos; rules alone, without the statistical classifiers that may raise the risk level the rules gave or add a boundary finding they missed.</source>
        <translation>Použít jen pravidla slovníků, bez statistických klasifikátorů, které mohou zvýšit úroveň rizika danou pravidly nebo přidat nález hranice, který pravidla minula.</translation>
    </message>
</context>
<context>
    <name>kotva::cli::schedule</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Nelze zapisovat na standardní výstup.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nelze zapsat %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the PDF.</source>
        <translation>Nelze vytvořit dočasnou složku pro PDF.</translation>
    </message>
    <message>
        <source>Cannot read the PDF back.</source>
        <translation>Vytvořené PDF nelze znovu načíst.</translation>
    </message>
    <message>
        <source>The group programme of one month as PDF, iCalendar or text.</source>
        <translation>Program skupin na jeden měsíc jako PDF, iCalendar nebo text.</translation>
    </message>
    <message>
        <source>The programme file (JSON).</source>
        <translation>Soubor s programem (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation>Měsíc ve tvaru RRRR-MM.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>měsíc</translation>
    </message>
    <message>
        <source>Write an A4 PDF to the file (&apos;-&apos; for standard output).</source>
        <translation>Zapsat PDF ve formátu A4 do souboru (&apos;-&apos; pro standardní výstup).</translation>
    </message>
    <message>
        <source>out</source>
        <translation>výstup</translation>
    </message>
    <message>
        <source>Write iCalendar (.ics) to the file (&apos;-&apos; for standard output).</source>
        <translation>Zapsat iCalendar (.ics) do souboru (&apos;-&apos; pro standardní výstup).</translation>
    </message>
    <message>
        <source>Print the month as text for a group chat.</source>
        <translation>Vypsat měsíc jako text pro skupinový chat.</translation>
    </message>
    <message>
        <source>Use this time (ISO-8601) as the iCalendar time stamp.</source>
        <translation>Použít tento čas (ISO-8601) jako časové razítko v iCalendar.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>čas</translation>
    </message>
    <message>
        <source>Both --programme and --month are required.</source>
        <translation>Volby --programme a --month jsou povinné.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; use YYYY-MM, e.g. 2026-12.</source>
        <translation>&apos;%1&apos; není měsíc; použijte tvar RRRR-MM, např. 2026-12.</translation>
    </message>
    <message>
        <source>Choose at least one output: --pdf, --ics or --text.</source>
        <translation>Zvolte alespoň jeden výstup: --pdf, --ics nebo --text.</translation>
    </message>
    <message>
        <source>Only one output can go to standard output.</source>
        <translation>Na standardní výstup může jít jen jeden výstup.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 time.</source>
        <translation>&apos;%1&apos; není čas ve formátu ISO-8601.</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Upozornění: %1: %2</translation>
    </message>
    <message>
        <source>The due date-time after N Czech working days (weekends and public holidays skipped). Counting starts at the time received; on a weekend or holiday, at 00:00 of the next working day. The deadline is the same time of day on the Nth working day after.</source>
        <translation>Termín (datum a čas) po N českých pracovních dnech (víkendy a státní svátky se nepočítají). Počítá se od času přijetí; pokud zpráva přišla o víkendu nebo ve svátek, od 00:00 následujícího pracovního dne. Termín připadá na stejnou denní dobu N-tého pracovního dne poté.</translation>
    </message>
    <message>
        <source>When the message came, ISO-8601 (e.g. 2026-12-23T10:00:00+01:00; without an offset, Prague time).</source>
        <translation>Kdy zpráva přišla, ve formátu ISO-8601 (např. 2026-12-23T10:00:00+01:00; bez posunu se použije pražský čas).</translation>
    </message>
    <message>
        <source>Working days (default 4).</source>
        <translation>Počet pracovních dnů (výchozí 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--received is required.</source>
        <translation>Volba --received je povinná.</translation>
    </message>
    <message>
        <source>--days must be a whole number from 0 to 3650.</source>
        <translation>--days musí být celé číslo od 0 do 3650.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 date and time.</source>
        <translation>&apos;%1&apos; není datum a čas ve formátu ISO-8601.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; give a new file name or &quot;-&quot;.</source>
        <translation>%1 není běžný soubor; zadejte nový název souboru nebo „-“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist in Prague (the clocks skip that hour); give the time with its offset.</source>
        <translation>„%1“ v Praze neexistuje (hodiny tu hodinu přeskakují); zadejte čas i s posunem.</translation>
    </message>
    <message>
        <source>No due date can be given for &apos;%1&apos;: it is too far in the future.</source>
        <translation>Pro „%1“ nejde určit lhůtu: je to příliš daleko v budoucnosti.</translation>
    </message>
</context>
<context>
    <name>kotva::cli::vault</name>
    <message>
        <source>The passphrase could not be read from standard input.</source>
        <translation>Heslo se nepodařilo načíst ze standardního vstupu.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>Heslo je příliš dlouhé.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Chyba: %1</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>V umístění %1 žádný trezor není.</translation>
    </message>
    <message>
        <source>Something already exists at %1; it is left as it is.</source>
        <translation>V umístění %1 už něco existuje; zůstalo to beze změny.</translation>
    </message>
    <message>
        <source>The vault operation did not finish.</source>
        <translation>Operace s trezorem nebyla dokončena.</translation>
    </message>
    <message>
        <source>To use a passphrase, pass --passphrase-stdin and write it as the first line of standard input.</source>
        <translation>Chcete-li použít heslo, zadejte volbu --passphrase-stdin a heslo napište jako první řádek standardního vstupu.</translation>
    </message>
    <message>
        <source>The vault file (default: %1).</source>
        <translation>Soubor trezoru (výchozí: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>cesta</translation>
    </message>
    <message>
        <source>Use a passphrase, read from the first line of standard input, instead of the keychain.</source>
        <translation>Použít heslo načtené z prvního řádku standardního vstupu místo systémové klíčenky.</translation>
    </message>
    <message>
        <source>Pretend the current time is this ISO 8601 instant.</source>
        <translation>Předstírat, že aktuální čas je tento okamžik ve formátu ISO 8601.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>čas</translation>
    </message>
    <message>
        <source>change-key: &apos;passphrase&apos; (the new one is the next line of standard input) or &apos;keychain&apos;.</source>
        <translation>change-key: &apos;passphrase&apos; (nové heslo je na dalším řádku standardního vstupu) nebo &apos;keychain&apos;.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cíl</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nové heslo: </translation>
    </message>
    <message>
        <source>Usage: kotva-cli vault &lt;create|info|purge|change-key&gt; [options]</source>
        <translation>Použití: kotva-cli vault &lt;create|info|purge|change-key&gt; [volby]</translation>
    </message>
    <message>
        <source>  create      create a new vault (key in the keychain by default)</source>
        <translation>  create      vytvořit nový trezor (klíč je standardně v systémové klíčence)</translation>
    </message>
    <message>
        <source>  info        print facts about the vault as JSON</source>
        <translation>  info        vypsat údaje o trezoru jako JSON</translation>
    </message>
    <message>
        <source>  purge       remove what has expired and print what was removed as JSON</source>
        <translation>  purge       odstranit, co už prošlo, a vypsat odstraněné jako JSON</translation>
    </message>
    <message>
        <source>  change-key  move the key to a passphrase or to the keychain (--to)</source>
        <translation>  change-key  přesunout klíč do hesla nebo do systémové klíčenky (--to)</translation>
    </message>
    <message>
        <source>Create, inspect and purge an encrypted vault.</source>
        <translation>Vytvořit a zkontrolovat šifrovaný trezor a odstranit z něj prošlá data.</translation>
    </message>
    <message>
        <source>create, info, purge or change-key</source>
        <translation>create, info, purge nebo change-key</translation>
    </message>
    <message>
        <source>Say which vault command to run.</source>
        <translation>Uveďte, který příkaz pro trezor se má spustit.</translation>
    </message>
    <message>
        <source>change-key needs --to passphrase or --to keychain.</source>
        <translation>change-key vyžaduje --to passphrase nebo --to keychain.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-03-01T12:00:00Z.</source>
        <translation>--now vyžaduje čas ve formátu ISO 8601, např. 2026-03-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Heslo: </translation>
    </message>
    <message>
        <source>purge: the clock is right even though it is long past the vault&apos;s last use; delete what expired.</source>
        <translation>purge: hodiny jdou správně, i když je to dlouho od posledního použití trezoru; smazat, čemu vypršela lhůta.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the clock says %1, more than %2 days after the vault was last used (%3). If the date is right, run the purge again with --confirm-clock.</source>
        <translation>Nic se nesmazalo: hodiny ukazují %1, víc než %2 dní po posledním použití trezoru (%3). Je-li datum správně, spusťte purge znovu s --confirm-clock.</translation>
    </message>
    <message>
        <source>%1 is a team vault: each member unlocks it in Kotva with their own passphrase. The command line opens vaults of one person only.</source>
        <translation>%1 je týmový trezor: každý člen ho odemyká v Kotvě svým vlastním heslem. Příkazová řádka otevírá jen trezory jednoho člověka.</translation>
    </message>
</context>
<context>
    <name>kotva::gui</name>
    <message>
        <source>Group programme</source>
        <translation>Program skupin</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>Supervizní poznámky</translation>
    </message>
    <message>
        <source>E-mail inbox</source>
        <translation>E-mailová poradna</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Čísla</translation>
    </message>
    <message>
        <source>Team supervision</source>
        <translation>Týmová supervize</translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation>Individuální supervize</translation>
    </message>
</context>
<context>
    <name>kotva::main</name>
    <message>
        <source>Open or create the vault at &lt;path&gt;.</source>
        <translation>Otevřít nebo vytvořit trezor v &lt;cesta&gt;.</translation>
    </message>
    <message>
        <source>User interface language: cs or en.</source>
        <translation>Jazyk uživatelského rozhraní: cs nebo en.</translation>
    </message>
    <message>
        <source>--lang must be cs or en, not %1</source>
        <translation>--lang musí být cs nebo en, ne %1</translation>
    </message>
    <message>
        <source>Kotva cannot start its safety checks: %1</source>
        <translation>Kotva nemůže spustit své bezpečnostní kontroly: %1</translation>
    </message>
    <message>
        <source>Lexicons</source>
        <translation>Slovníky</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Adresář služeb</translation>
    </message>
    <message>
        <source>Your organisation&apos;s services</source>
        <translation>Služby vaší organizace</translation>
    </message>
</context>
</TS>
