<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>kotva::AccessGate</name>
    <message>
        <source>Contacts and e-mail counselling are for peer workers. Your roles in this team do not include it; the team lead can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notes are written by peer workers. Your roles in this team do not include it; the team lead can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes shared for team supervision are for the team&apos;s peer workers and its team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging the team supervision agenda and reading the access log are for the team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s figures are for the team lead and the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator changes the group programme; everyone can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the team lead adds and removes members and sets their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes shared for individual supervision are for the team lead who supervises.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::AccessLog</name>
    <message>
        <source>The access log could not be read or written in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the team supervision agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved or printed the team supervision agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the notes for individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a note shared for individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::AcknowledgementEditor</name>
    <message>
        <source>Every client gets this reply once, in Czech and in English. Whatever you write, it must keep saying when the answer will come ({due}), that attachments are not opened, and that in acute danger 112 or 155 and the crisis lines help at once: e-mail cannot. {organisation} becomes your organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Czech text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview: the reply to a message that arrived just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty text is replaced by Kotva&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} is missing: the client would not learn when the answer comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>112 is missing: the client would not learn where to turn in acute danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ActivitiesEditor</name>
    <message>
        <source>&amp;New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 (no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ActivityForm</name>
    <message>
        <source>starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Support group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or two sentences for the printed programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity (places):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it takes place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier is made from the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier: %1 (stays when the title changes; calendar entries use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team supervision (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual supervision (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal dates are shown to the team in Kotva and never appear in the printed, posted or published programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::AgendaExport</name>
    <message>
        <source>☑ Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ To discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · added by the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team supervision · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prepared in Kotva on %1 · %n item(s), %2 discussed</source>
        <translation>
            <numerusform>Prepared in Kotva on %1 · %n item, %2 discussed</numerusform>
            <numerusform>Prepared in Kotva on %1 · %n items, %2 discussed</numerusform>
        </translation>
    </message>
    <message>
        <source>No note was shared for team supervision this month, and no item was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was counted in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of one or two are shown as “&lt; 3”, so that a small number does not point at a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual supervision · my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prepared in Kotva on %1 · %n note(s) shared for individual supervision</source>
        <translation>
            <numerusform>Prepared in Kotva on %1 · %n note shared for individual supervision</numerusform>
            <numerusform>Prepared in Kotva on %1 · %n notes shared for individual supervision</numerusform>
        </translation>
    </message>
    <message>
        <source>No note is shared for individual supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · shared anonymously</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::AgendaPane</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes workers shared for team supervision in the month, by kind. The printed agenda ends with the month&apos;s figures, where one or two read “&lt; 3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team agreed, in a sentence or two (no names: they are removed before saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items the team lead added can be removed; a shared note stays while its author shares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme for the team, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note was shared for team supervision in %1 yet. Items can be added below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to mark it discussed or to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note shared for team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team-supervision-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group programme has no team supervision in %1. Add the date there as an internal event: the team sees it, the public programme never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team supervision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who unlocked the vault and who opened or printed what was shared for supervision, and when. No content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content is logged, only who did what and when. The log expires with the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note was shared for team supervision in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to read it and what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note %1 shared for team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note shared for team supervision anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymously</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::AnalysisHighlighter</name>
    <message>
        <source>Boundary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: %1. It is removed before the text is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger signal: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::AppController</name>
    <message>
        <source>Encrypted · SQLCipher %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is today&apos;s date right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The computer&apos;s clock says %1, %n day(s) after this vault was last used (%2). If the date is right, Kotva now deletes everything that has expired since.</source>
        <translation>
            <numerusform>The computer&apos;s clock says %1, %n day after this vault was last used (%2). If the date is right, Kotva now deletes everything that has expired since.</numerusform>
            <numerusform>The computer&apos;s clock says %1, %n days after this vault was last used (%2). If the date is right, Kotva now deletes everything that has expired since.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the date is wrong, choose Cancel and set the clock: nothing is deleted until the date is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team lead gave you a first passphrase. Choose your own now, one that only you know: from now on you unlock the vault with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::BackupController</name>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not there. Is the disk connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this vault is replaced with the backup of %1. What was written since then is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has expired since the backup was made is deleted too. Kotva locks afterwards; unlock it to see the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of this vault in a folder you choose, such as a USB disk or a network folder. It has a passphrase of its own, so it can be restored even on another computer. Keep that passphrase apart from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I click &quot;Back up now&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in this vault with the backup. What has expired since the backup was made is deleted before you see it. Kotva locks afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set. Type a new one below only to change it; older backups keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet: type one below. Backups cannot be made without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::BackupService</name>
    <message>
        <source>Backups run daily, weekly or on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a backup passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::BoundaryClassifier</name>
    <message>
        <source>The thresholds of %1 are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary classifier&apos;s model is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft as a whole reads like drafts that cross this boundary, though no single phrase decided it. Read it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as a whole reads like requests of this kind, though no single phrase decided it. Read it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::BoundaryNotice</name>
    <message>
        <source>&amp;Edit the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply as it is. Kotva counts this anonymously for supervision; nothing about the client is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply crosses a boundary of the peer role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for something peers do not give. You can explain why not and where to go instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could write instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply returns to a topic the client stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client said STOP to this topic. Clients may end any topic at any time; come back to it only when the client does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::BoundaryTexts</name>
    <message>
        <source>This draft names a diagnosis. Peer workers do not diagnose; only a psychiatrist or a psychologist can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft advises on medication (taking, changing or stopping it). Peer workers give no medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft gives legal or social-law advice. The peer service does not provide legal counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft offers therapy or treatment. Peer support is not psychotherapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft decides for the client. Clients make their own decisions; the peer does not take that responsibility from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft offers to contact someone for the client. Peer workers do not contact other people or services on the client&apos;s behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft asks for personal data. The service is anonymous: a first name or a pseudonym is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft moves the contact into private life (a private meeting, a private number, social-media friendship). Peer workers keep contact within the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft carries what was said in the group, or by another client, outside of it. What is said in the group stays in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for advice on medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for legal or social-law advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks the worker to decide for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks the worker to contact someone for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for a private contact or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks about what someone else said in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you hear instead (&quot;that sounds really hard&quot;) and, if the client wants to know more, suggest a psychiatrist or a psychologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest that the client talks about their medication with their doctor or psychiatrist. You may share your own experience without recommending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the client to a citizens&apos; advice bureau (občanská poradna), a legal advice centre or a lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer listening and your own experience; for therapy, suggest the client&apos;s therapist or a psychotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help the client look at their options and ask what they want, instead of telling them what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client the contact and, if they want, help them prepare what to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the request: do not ask for surnames, addresses, phone numbers or birth numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep to the service&apos;s channels and programme: the group, the club, trips and the service phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not pass it on. If something worries you, bring it to supervision without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot diagnose: peer workers are not doctors or psychologists. A psychiatrist, a psychologist or your general practitioner can assess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot advise on medication; only a doctor can. Please ask your psychiatrist or general practitioner, or a pharmacist. If it is urgent, call 155.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not give legal or social-law advice. A citizens&apos; advice bureau (občanská poradna), a legal advice centre or a lawyer can help; the Czech Bar Association can appoint free legal aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot provide therapy: peer support is sharing experience, not treatment. A psychotherapist, your psychiatrist or a crisis centre can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot decide for you; the decision is yours. We can help you think through the options and what matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not contact other people or services for clients. We can give you the contact and help you prepare what to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is anonymous on both sides: we do not share personal data of peer workers or of other clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer workers keep contact within the service: the group, the club, trips and the service phone. We do not meet privately or connect on social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said in the group stays in the group, for everyone&apos;s safety, yours included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft promises secrecy without exception, even if the client&apos;s life were in danger. Confidentiality in the service ends where a life is at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for a promise of secrecy even if their life were in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft says that the client&apos;s story was passed on to someone outside the service. What a client shares stays in the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client offers their own personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that what the client writes stays in the service, and that if their life or someone else&apos;s were in danger you would act and tell them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write stays in the service. But if your life or someone else&apos;s were in danger, we could not keep silent: we would tell you first and look for help together. Urgent help: 112, 155 or a crisis line such as 116 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tell anyone outside the service about the client. If you need to talk it through, bring it to supervision without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not need to send us your personal data: the service is anonymous, a first name or a nickname is enough. Please leave out birth numbers, addresses, account numbers and photos of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot diagnose: peer workers are not doctors or psychologists. A psychiatrist, a psychologist or your general practitioner can assess it.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot advise on medication; only a doctor can. Please ask your psychiatrist or general practitioner, or a pharmacist. If it is urgent, call 155.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not give legal or social-law advice. A citizens&apos; advice bureau (občanská poradna), a legal advice centre or a lawyer can help; the Czech Bar Association can appoint free legal aid.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot provide therapy: peer support is sharing experience, not treatment. A psychotherapist, your psychiatrist or a crisis centre can.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot decide for you; the decision is yours. We can help you think through the options and what matters to you.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not contact other people or services for clients. We can give you the contact and help you prepare what to say.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is anonymous on both sides: we do not share personal data of peer workers or of other clients.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer workers keep contact within the service: the group, the club, trips and the service phone. We do not meet privately or connect on social media.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said in the group stays in the group, for everyone&apos;s safety, yours included.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write stays in the service. But if your life or someone else&apos;s were in danger, we could not keep silent: we would tell you first and look for help together. Urgent help: 112, 155 or a crisis line such as 116 123.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not need to send us your personal data: the service is anonymous, a first name or a nickname is enough. Please leave out birth numbers, addresses, account numbers and photos of documents.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot promise that something will work: what helped one person may not help another. We can share what helped us and look with you for what might help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot promise that something will work: what helped one person may not help another. We can share what helped us and look with you for what might help you.</source>
        <comment>ty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft promises that something will work, or gives advice as if it worked for everyone. A peer shares what helped them; a promise that it will work for the client cannot be kept, and if it does not work, the client may feel it is their failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for a promise that something will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share it as your own experience and leave the outcome open: &quot;what helped me was…, maybe it is worth a try&quot;, &quot;I hope it helps&quot;, &quot;I believe you can get through this&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::CertificatePinList</name>
    <message>
        <source>None: only certificates this computer can verify are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::CertificateTrustDialog</name>
    <message>
        <source>Kotva – Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate proves that Kotva is talking to your organisation&apos;s mail server. This one could not be verified. It may simply be your organisation&apos;s own certificate, but it may also belong to someone in between who wants to read the mailbox password and your clients&apos; messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if the person who runs your mailbox confirms that the SHA-256 fingerprint below is theirs, for example by reading it to you over the phone. Kotva then accepts exactly this certificate; if the server ever shows another one, you will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::CloseContactDialog</name>
    <message>
        <source>A &amp;referral was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring this contact to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the contact about? Tick the topics that fit; nothing else about the client is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After closing, Kotva suggests a supervision note linked to the contact&apos;s anonymous reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the organisation&apos;s list of topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ContactListModel</name>
    <message>
        <source>no text stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message text is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the contact expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ContactListPanel</name>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contacts from channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contacts in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ContactRepository</name>
    <message>
        <source>Loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety and stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm or thoughts of suicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group and the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A topic can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A topic can be at most %n character long.</numerusform>
            <numerusform>A topic can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list can hold at most %n topic(s).</source>
        <translation>
            <numerusform>The list can hold at most %n topic.</numerusform>
            <numerusform>The list can hold at most %n topics.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact could not be read or written in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer in the vault (it was deleted or it expired).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ConversationHeader</name>
    <message>
        <source>ST&amp;OP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client wants today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic the client stopped (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: the client ends this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client can stop a topic at any time. One click marks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cont&amp;ract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topic at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ STOP — the client stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message text is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about this contact expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ConversationView</name>
    <message>
        <source>No contact selected. Choose one in the list, or start a new contact with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <translation>
            <numerusform>Show %n earlier turn</numerusform>
            <numerusform>Show %n earlier turns</numerusform>
        </translation>
    </message>
    <message>
        <source>Write or paste the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Nothing had to be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending it anyway is counted anonymously for supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP noted: the client ended this topic. Do not come back to it unless the client does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral given: recorded anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to another e-mail contact was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::CrisisReferralPane</name>
    <message>
        <source>Crisis referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that raised the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the client can turn, in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script in Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the script into the reply you are writing; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you gave the client a referral. Only the fact and the level are kept, no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: referral given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life may be at risk now. Ask the client to call one of these numbers right away. Kotva calls no one; the client calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s words show signs of distress. Offer the lines below and consider talking it through in supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the client&apos;s words points to danger. If you are worried anyway, trust your judgement, ask the client directly and offer the lines below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as a whole – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Czech script addresses the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vykání (vy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tykání (ty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::CzechHolidays</name>
    <message>
        <source>Restoration Day of the Independent Czech State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saints Cyril and Methodius Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan Hus Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St. Wenceslas Day (Czech Statehood Day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent Czechoslovak State Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggle for Freedom and Democracy Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St. Stephen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::DataSource</name>
    <message>
        <source>your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built into Kotva</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::EmailAnswerBar</name>
    <message>
        <source>Send as &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my reply as e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet, so the answer cannot be sent from Kotva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the answer to the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is overdue: it was due on %1. Your reply goes to the client; only a redacted copy stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1. Your reply goes to the client; only a redacted copy stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva is talking to the mail server; send in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply first (From: My reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply to the client by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact cannot be answered by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeCard</name>
    <message>
        <source>This file is not a team card made by Kotva. The team lead saves it in Settings, Workers on other PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a member card made by Kotva. The worker saves it on their PC in Settings, Workers on other PCs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeDialog</name>
    <message>
        <source>Workers on other PCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker who keeps Kotva on their own PC brings the team lead a sealed file now and then. No server is involved: the file travels on a USB stick or through a shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles in this team have nothing to exchange with other PCs: this is for peer workers and the team lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeFiles</name>
    <message>
        <source>The file %1 is too large to be a file Kotva made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeLeadPage</name>
    <message>
        <source>&amp;Import a worker&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their notes join the team supervision agenda, their figures the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Peer team Brno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the team card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team card to each worker who keeps Kotva on their own PC: files they make are sealed with it so that only this vault opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept a member card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card belongs to &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the worker by phone or in person: each of them reads it from their own screen. If a single character differs, the card was swapped on the way: do not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker&apos;s member card ties the files they sign to their place in this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team card has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the team card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva team card (*.kotva-team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team card is saved in %1. Give it to the worker and read its fingerprint to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva member card (*.kotva-member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member card of &lt;b&gt;%1&lt;/b&gt;, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is accepted: files signed with it are imported as the work of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a worker&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva file for the team lead (*.kotva-share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file from %1 made on %2 was imported before: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n new note</numerusform>
            <numerusform>%n new notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated note(s)</source>
        <translation>
            <numerusform>%n updated note</numerusform>
            <numerusform>%n updated notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) removed from the agenda</source>
        <translation>
            <numerusform>%n note removed from the agenda</numerusform>
            <numerusform>%n notes removed from the agenda</numerusform>
        </translation>
    </message>
    <message>
        <source>the notes as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the figures of %n month(s)</source>
        <translation>
            <numerusform>the figures of %n month</numerusform>
            <numerusform>the figures of %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the file from %1 made on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeService</name>
    <message>
        <source>The exchange with workers on other PCs could not be read or written in the vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team card needs the team&apos;s name (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team vault has a team card. Make this vault a team vault first (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a member card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member card was already accepted for another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no team card yet, so no file can have been sealed for it. Save the team card and give it to the workers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was signed by someone whose member card this team has not accepted. Accept their member card first; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sent a newer file already; this one is older and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member card needs your initials or name (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a team card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the team card from your team lead first: the file is sealed with it so only the team&apos;s vault can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ExchangeWorkerPage</name>
    <message>
        <source>Your member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;my member card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card&apos;s fingerprint is shown here when you save the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your member card to your team lead: it tells the team&apos;s vault that the files you sign are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the &amp;team card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;file for the team lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the notes you shared for team supervision and your monthly figures, sealed so that only your team&apos;s vault opens it. It may travel on a USB stick or through a shared folder; a newer file replaces what an older one brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not accepted a team card yet: ask your team lead for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are for the team &lt;b&gt;%1&lt;/b&gt;, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the team card first: the file is sealed for the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva member card (*.kotva-member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of your card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your member card is saved in %1. Give it to your team lead and read its fingerprint to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the team card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva team card (*.kotva-team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the card of the team %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s fingerprint is %1. Compare it with your team lead by phone or in person: if a single character differs, the card was swapped on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files for the team lead will be sealed so that only this team&apos;s vault opens them. A team card accepted before is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team card is accepted: your files are now sealed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file for the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva file for the team lead (*.kotva-share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the team lead is saved in %1. Only your team&apos;s vault opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::FigureLabels</name>
    <message>
        <source>Contacts by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by what the client wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis levels reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary findings in sent replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sent despite a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client requests outside the peer role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics stopped by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics of closed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts opened in the month, by how the client reached the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts opened in the month, by what the client wanted at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts whose messages reached a level, counted once per contact in the month it was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a worker gave the client the crisis referral, by the level of danger at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; sent replies in which Kotva found a boundary of the peer role, by rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies a worker chose to send although Kotva warned about a boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients&apos; messages asking for what peers do not give, by rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a client said STOP to a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts closed in the month, with a referral, and brought to supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed contacts by the organisation&apos;s outcome topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients&apos; e-mails received in the month, answered, and answered within 4 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies sent despite a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within 4 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::FiguresExport</name>
    <message>
        <source>Counts of one or two are shown as “&lt; 3” and are not drawn in the chart, so that a small number does not point at a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva · the team&apos;s figures · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count in these months yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s figures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kotva-figures-%1-%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::FiguresPane</name>
    <message>
        <source>What is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For annual reports: every figure of the months shown, in a spreadsheet file. Counts of one or two read “&lt; 3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: no text, no pseudonym, no contact. Inside the vault the numbers are exact; in the CSV, the PDF and the printout one or two read “&lt; 3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count in %1 yet: the figures grow as contacts are opened and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::FiguresService</name>
    <message>
        <source>The figures could not be read from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::FiguresTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::FindingLabels</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data box ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school, employer or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violence happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violence or abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hopelessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal or social-law advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deciding for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting on the client&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boundary of the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signs of danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed before saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoughts of suicide or of dying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan or a decision to die</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means of suicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attempt happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else&apos;s life at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording resembles messages that raise concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording resembles messages about acute danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promising that it will work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::HolidayList</name>
    <message>
        <source>On public holidays, regular activities are cancelled automatically. A one-off event (a trip) takes place as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ICalendarWriter</name>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including a %1-minute break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ImapClient</name>
    <message>
        <source>The mail folder &quot;%1&quot; does not exist or cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not allow logging in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mail server accepts only user names and passwords in plain English letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer in the mail folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s name could not be found. Check the server name and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not answer at this address and port. Check the server name, the port (IMAPS is usually 993) and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server could be made. Kotva connects only with TLS from the start (IMAPS, usually port 993).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not greet Kotva as an IMAP mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail folder does not exist or cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server answered something Kotva cannot accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::InboxModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail contact %1. Double-click or press Enter to open the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was due on %1. Answer as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is due by %1 (4 working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute danger: open the contact; the crisis-referral pane gives the crisis lines for the answer. No crisis intervention by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are never opened, saved or shown; only their number is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::InboxPane</name>
    <message>
        <source>&amp;Fetch mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up the mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new e-mail and send the acknowledgements (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are never opened, saved or shown. E-mail is no place for crisis intervention: an e-mail in acute danger is answered with 112, 155 and the crisis lines (the crisis-referral pane opens with the contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching; what has come in so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet, so no e-mail can be fetched or answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail contacts, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail counselling by month (numbers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail waits for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) waiting for an answer</source>
        <translation>
            <numerusform>%n e-mail waiting for an answer</numerusform>
            <numerusform>%n e-mails waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox lists what clients write to the organisation&apos;s e-mail address. Each e-mail becomes an e-mail contact: the client gets an automatic acknowledgement, and the answer is due within 4 working days. Acute e-mails come first, then the nearest due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail yet. Press Fetch mail to check the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the organisation&apos;s mailbox first (the button above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) with signs of acute danger just came in (%1). Open it now: the crisis-referral pane comes up with it.</source>
        <translation>
            <numerusform>%n e-mail with signs of acute danger just came in (%1). Open it now: the crisis-referral pane comes up with it.</numerusform>
            <numerusform>%n e-mails with signs of acute danger just came in (%1). Open it now: the crisis-referral pane comes up with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::InboxTexts</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have been sent (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic acknowledgement goes out with the next fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic acknowledgement is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was told that the e-mail arrived and when to expect an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was interrupted, so the acknowledgement may or may not have reached the client. It is never sent twice; mention it in your answer if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the acknowledgement. The client has not been told that the e-mail arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgement: the e-mail was old when it was fetched, or came from the organisation&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (not opened)</source>
        <translation>
            <numerusform>%n (not opened)</numerusform>
            <numerusform>%n (not opened)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new e-mail(s)</source>
        <translation>
            <numerusform>%n new e-mail</numerusform>
            <numerusform>%n new e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) sent</source>
        <translation>
            <numerusform>%n acknowledgement sent</numerusform>
            <numerusform>%n acknowledgements sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-reply(s), bounce(s) or list message(s) skipped without a reply</source>
        <translation>
            <numerusform>%n auto-reply, bounce or list message skipped without a reply</numerusform>
            <numerusform>%n auto-replies, bounces or list messages skipped without a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read and stay on the server</source>
        <translation>
            <numerusform>%n message could not be read and stays on the server</numerusform>
            <numerusform>%n messages could not be read and stay on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) could not be sent</source>
        <translation>
            <numerusform>%n acknowledgement could not be sent</numerusform>
            <numerusform>%n acknowledgements could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) may have been sent (uncertain; never sent twice)</source>
        <translation>
            <numerusform>%n acknowledgement may have been sent (uncertain; never sent twice)</numerusform>
            <numerusform>%n acknowledgements may have been sent (uncertain; never sent twice)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered e-mail(s) moved to the archive folder</source>
        <translation>
            <numerusform>%n answered e-mail moved to the archive folder</numerusform>
            <numerusform>%n answered e-mails moved to the archive folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered e-mail(s) deleted from the server</source>
        <translation>
            <numerusform>%n answered e-mail deleted from the server</numerusform>
            <numerusform>%n answered e-mails deleted from the server</numerusform>
        </translation>
    </message>
    <message>
        <source>No new e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching was cancelled; what came in is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n further message(s) in open conversations</source>
        <translation>
            <numerusform>%n further message in open conversations</numerusform>
            <numerusform>%n further messages in open conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::IndividualSupervision</name>
    <message>
        <source>The team&apos;s members could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is no longer shared for individual supervision (it was changed, deleted or it expired).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::IndividualSupervisionPane</name>
    <message>
        <source>Individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes shared for individual supervision, by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the note&apos;s text; the access log records that you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team&apos;s members shared with you for individual supervision. The list shows no text: read a note when you prepare the member&apos;s supervision. Each reading is in the access log, without the note&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has shared a note for individual supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::KeySlotFile</name>
    <message>
        <source>The members file of this vault is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no members file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written; the previous members file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::KeySlotSeal</name>
    <message>
        <source>A key slot needs 32-byte secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right for this member, or the members file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::KeySlots</name>
    <message>
        <source>This member has no key to the vault (removed, or never added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has a members file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs initials or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last member cannot be removed: nobody could open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::KeychainStore</name>
    <message>
        <source>The keychain has no key for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer (no Secret Service is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for this vault does not hold a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a generated key can be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::LabelModel</name>
    <message>
        <source>The model %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::Lexicon</name>
    <message>
        <source>JSON syntax error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must contain one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &quot;entries&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;defaults&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the lexicon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lexicon folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lexicon folder %1 has no lexicon (*.json) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used in %2, line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexicon %1, line %2: the id &quot;%3&quot; is already used in %4, line %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexicon %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item of &quot;%1&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has no &quot;category&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; may only end a word, or stand alone as a gap (&quot;*&quot; or &quot;*1&quot; to &quot;*9&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stem before &quot;*&quot; needs at least 3 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern has no literal word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern may not start or end with a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms table %1, line %2: expected a lemma, a tab and its forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the forms table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms table built into Kotva is out of date: rebuild Kotva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the forms of the folder&apos;s lemmas: python3 scripts/lexicon-forms.py &quot;%1&quot; (needs the packages hunspell-cs and hunspell-tools; a word the dictionary lacks is written &quot;~word=example&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;~%1&quot;: write &quot;~lemma&quot; or &quot;~word=example&quot; with whole words (no &quot;*&quot;, no punctuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forms are known for &quot;~%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forms table has no forms for &quot;~%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;~&quot; may only start a word (&quot;~lemma&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;~&quot; words stand for more than %1 combinations of forms; split the pattern or use a stem (&quot;word*&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands outside every entry; it belongs inside one of the objects of &quot;entries&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::LocalServiceEditor</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Czech name is used when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line (by phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis centre (a place to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, postcode, town (for a crisis centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonstop, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on public &amp;holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is &amp;free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also for &amp;children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also for &amp;seniors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps people facing &amp;violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the service&apos;s web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote for workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range; write it like 8:00–16:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number the client should call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crisis centre needs its address and its region, so the client can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the service answers: tick Nonstop or give the hours of at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::LocalServices</name>
    <message>
        <source>That service is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the organisation&apos;s services, %1, could not be read, so Kotva does not change it: fix it or move it away first, so nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s services could not be saved to %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services could not be exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::LocalServicesDialog</name>
    <message>
        <source>Your organisation&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local services your workers can refer clients to, offered in the crisis pane beside the national directory. Confirm each one at least once a year: one not confirmed for 12 months is marked for the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral directory (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – over 12 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed for over 12 months: check it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is confirmed as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your organisation&apos;s services? Workers will no longer be offered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 updated, %4 left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) exported to %1.</source>
        <translation>
            <numerusform>%n service exported to %1.</numerusform>
            <numerusform>%n services exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::MailAnswers</name>
    <message>
        <source>This contact did not come by e-mail, so it cannot be answered by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail has been answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva stopped while the answer was being sent, so it may have gone out. To be sure the client does not get it twice, it is not sent again; check the mailbox&apos;s sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s address is no longer kept, so this e-mail cannot be answered any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty answer cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailFiguresModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers sent within the deadline, of all answers to that month&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the answers went out faster than this, half slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails asking for something the service does not give (a diagnosis, medication, legal advice…), answered with why not and where to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailIntake</name>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The e-mail has no text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (not opened):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgements could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailPassword</name>
    <message>
        <source>The mailbox password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox password is stored yet (Settings → E-mail counselling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox password is kept in the keychain, which Kotva cannot reach here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer has the mailbox password: type it again in Settings → E-mail counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the mailbox password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailService</name>
    <message>
        <source>Kotva is already talking to the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox is not set up yet (Settings → E-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was sent, but its copy could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another answer is waiting to be sent; send this one in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsConnectionTest</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to both servers with the values in this form, without saving them, and says what works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP (incoming mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, logged in and the inbox opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP (outgoing mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected and logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>server: what happened</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsDialog</name>
    <message>
        <source>Kotva – E-mail counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the servers and the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mailbox password: none is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate will be trusted once you save. Test the connection again to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsHandlingPage</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the client&apos;s address for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge messages younger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days are Czech working days: weekends and public holidays do not count. The client&apos;s address is removed from the vault this many days after the answer was sent, so a quick follow-up can still be answered. Older messages, for example when a mailbox is connected for the first time, are taken in without a late acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the answer, the message on the mail server is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;moved to the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;deleted from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way, Kotva keeps only the redacted text of the conversation; the client&apos;s address goes after the period above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder answered messages are moved to, or choose to delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>working day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>working day</numerusform>
            <numerusform>working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) after the answer</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>day after the answer</numerusform>
            <numerusform>days after the answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only with Fetch mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for new mail every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the vault is open, Kotva fetches new mail and sends the acknowledgements on its own, starting a few seconds after unlocking. Nothing is fetched while the vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::MailSettingsMailboxPage</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. imap.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming mail (IMAP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing mail (SMTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva connects only over TLS from the first byte (IMAPS, usually port 993; SMTPS, usually 465). It never sends the password unencrypted and does not use STARTTLS, which can be downgraded by someone in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. poradna@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the automatic acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the encrypted vault on this computer; leave empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted explicitly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the vault; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server name has no spaces, slashes or colons: only the name, such as imap.example.org (the port goes beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the incoming mail (IMAP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the outgoing mail (SMTP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name of the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s e-mail address, such as poradna@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder the mail arrives in (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain when the vault&apos;s key is kept there, otherwise in the encrypted vault; never in a plain settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MainWindow</name>
    <message>
        <source>Kotva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Kotva: close the vault until it is unlocked again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kotva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kotva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kotva %1&lt;/h3&gt;&lt;p&gt;A safe workspace for peer workers. Clients stay anonymous, nothing identifying is stored, and everything stored expires.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault to a folder, or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MemberDialog</name>
    <message>
        <source>Make it a team vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member of the team will unlock this vault with their own passphrase. You become its team lead: you add the others and set their roles. The vault is re-encrypted with a new key; the keychain and the passphrase used until now stop opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new member unlocks the vault with the first passphrase you choose here and must choose their own at their first unlock. Tell it to them in person, not by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initials or a chosen name, e.g. &quot;EK&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make it a team vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase. If you forget yours, another team lead can give you a new first one, but your private notes, sealed with your own key, are then lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MembersDialog</name>
    <message>
        <source>Members of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member unlocks the vault with their own passphrase. A peer worker meets clients and writes notes; a team lead prepares supervision, keeps this list and sees the figures; a coordinator plans the group programme and sees the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New first passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first passphrase, not changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %1 were changed; they apply from their next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now unlock the vault with the first passphrase and will be asked to choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new first passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this only when %1 has forgotten their passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New first passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unlocks with it once and then chooses their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new first passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their key is wiped from the team&apos;s keys and their roles from the vault: their passphrase opens nothing from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the vault and of its keys file made before today still opens with their passphrase. Removing a member cannot reach such copies: keep backups where only the team lead can get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their old passphrase stops working at once. Their private notes were sealed with a key only the old one could open: nobody can read them any more. What they shared for supervision stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MimeReader</name>
    <message>
        <source>Parts nested too deeply were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is incomplete (it was cut off); what arrived is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is encrypted and cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed attachment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the text was damaged in transit (broken encoding); some characters may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text declares an unknown character set (%1); it was read as UTF-8 or Windows-1250 and some letters may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid in its character set; they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s structure is damaged; what could be read is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is too large to read (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has no e-mail headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender address; it cannot be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is very long; only its first %1 characters are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MimeWriter</name>
    <message>
        <source>The sender&apos;s address is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message identifier of the conversation is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MonthExports</name>
    <message>
        <source>The calendar cannot be written to %1: the folder is missing or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MonthOccurrenceModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MonthPageRenderer</name>
    <message>
        <source>Nothing is planned this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – programme for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>About the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be painted (the printer or the file refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages cannot be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MonthRows</name>
    <message>
        <source>break %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>break %n min</source>
        <translation>
            <numerusform>break %n min</numerusform>
            <numerusform>break %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Public holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: public holiday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (%2%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MonthSchedule</name>
    <message>
        <source>time changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::MonthText</name>
    <message>
        <source>%1 – programme for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 (%2%3%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[change: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::NameLexicon</name>
    <message>
        <source>Name list %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name list %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name, a tab and the gender (m or f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one-word place names separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section [%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry outside a [section].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a surname, a tab and p, c, a or t.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::NameListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name only, e.g. Sára</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym or first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jana, Modrá, K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonym or first name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never a surname: Kotva keeps no data that identify the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client wants today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wants to talk and be listened to, without advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wants to hear how someone with a similar experience got through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wants help looking for their own way forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wants to share what is happening to them right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wants to sort out how people in the group get on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not said yet; ask again later in the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a full name or other personal data, and nothing would be left to store. Use a first name or a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a full name. Kotva would store only: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client is addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the client writes (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vykání (vy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tykání (ty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::NewPassphraseDialog</name>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the authors of Kotva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::NoteEditor</name>
    <message>
        <source>e.g. K-4F7Q (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the contact&apos;s anonymous reference, never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened in you and in the contact; no names, numbers or addresses (they are removed anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S); personal data is removed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;haring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n month(s) after it is written, then deleted.</source>
        <translation>
            <numerusform>Kept for %n month after it is written, then deleted.</numerusform>
            <numerusform>Kept for %n months after it is written, then deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kotva deletes this note on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the team agenda &amp;without my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team lead&apos;s agenda shows the note without who shared it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::OccurrenceEditDialog</name>
    <message>
        <source>Cancel an occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. both leads are ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (printed and posted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. we meet at the cinema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::OrganisationForm</name>
    <message>
        <source>the full name, as printed on the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. NetoPEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, number, postcode, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for chat posts, e.g. Svatoslavova 260/14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s public e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s public phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every month. Public contacts of the service only, never a personal phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::OutcomeTopicsDialog</name>
    <message>
        <source>Topics for closing a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line. The list is the organisation&apos;s own and is shared by everyone using this vault; contacts closed before keep their topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::PassphraseKdf</name>
    <message>
        <source>A key slot is damaged (its salt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::PassphraseStrength</name>
    <message numerus="yes">
        <source>Use at least %n characters. Several words you can remember work well.</source>
        <translation>
            <numerusform>Use at least %n characters. Several words you can remember work well.</numerusform>
            <numerusform>Use at least %n characters. Several words you can remember work well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. One or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::PiiScrubber</name>
    <message>
        <source>[birth number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[account]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[IBAN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[postal code]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ID document]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[data box]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[surname]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[organisation]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[licence plate]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[user name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[personal data]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::PrivateNoteKey</name>
    <message>
        <source>This private note cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::Programme</name>
    <message>
        <source>the organisation needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take place on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time must be after the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change changes neither time nor venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 peers should share the on-call phone; %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rota must start on a Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end time are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break must be shorter than the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break must lie within the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity needs at least one date rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue is a place but no place is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capacity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 peers should lead every activity; %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity meets at the organisation but its address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets at the same time and place as &apos;%1&apos; (e.g. %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeEditorDialog</name>
    <message>
        <source>Edit the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call &amp;rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeJson</name>
    <message>
        <source>%1: the programme file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the programme file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the programme must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (monday … sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a venue: use &quot;organisation&quot;, &quot;announced&quot; or {&quot;kind&quot;: &quot;place&quot;, &quot;place&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a venue object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of organisation, place, announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of weekly, monthly, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of any, even, odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;kotva-programme&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 (this file is from another version of Kotva)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a programme file (a device, a folder or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a programme file (%2 MB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;team&quot; or &quot;individual&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammePdfExporter</name>
    <message>
        <source>The PDF cannot be written: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written to the folder %1: it is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written completely (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeRepository</name>
    <message>
        <source>No programme has been saved in the vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme could not be read or written in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme stored in the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeService</name>
    <message numerus="yes">
        <source>%n cancellation(s) made here</source>
        <translation>
            <numerusform>%n cancellation made here</numerusform>
            <numerusform>%n cancellations made here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of one occurrence made here</source>
        <translation>
            <numerusform>%n change of one occurrence made here</numerusform>
            <numerusform>%n changes of one occurrence made here</numerusform>
        </translation>
    </message>
    <message>
        <source>activities not in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the on-call rota as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the occurrence is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ProgrammeView</name>
    <message>
        <source>&amp;Open programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save programme as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the month as text for a group chat or a social-media post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme of %1 was copied as text; paste it into the group chat or a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme was not replaced; nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current programme with the one in the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the group programme here, without a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, activities and their dates, leads, on-call rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty programme? The current one is replaced when you press OK in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme is stored in the vault yet. Create one with New programme or open a programme file; every change made here is then kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RecurrenceRule</name>
    <message>
        <source>a single event needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekday is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of the month must be 1 to 5, or -1 for the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of even weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of odd weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ReferralCard</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a listed service: the client finds their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified: %1 – not confirmed for over 12 months; check it still holds before you give it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ReferralDirectory</name>
    <message>
        <source>Cannot open the referral directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Kotva referral directory (&quot;format&quot; must be &quot;kotva-referrals&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1; this Kotva reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used by an earlier entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;regions&quot; must map region codes to their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region code &quot;%1&quot; (use the official codes CZ010 … CZ080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;id&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; needs both &quot;cs&quot; and &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (use the official codes CZ010 … CZ080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crisis centre needs an address and a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad opening hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; needs the http(s) address of the page that confirms the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;verified&quot; must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give {&quot;always&quot;: true} or a &quot;weekly&quot; schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot; (mon … sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range like 08:00-17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;publicHolidays&quot; must be &quot;closed&quot; or &quot;as_weekday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;notCovered&quot;: unknown region &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;notCovered&quot;: region %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;notCovered&quot;: region %1 has a crisis centre listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (operator, register, secondary or organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the directory has no national emergency numbers (a medical one such as 155 and a general one such as 112), and the crisis pane starts with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ReferralPlanner</name>
    <message>
        <source>Set your organisation&apos;s region to see the crisis centre near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is closed now: %3. Offer an open line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was last verified on %3; check it is still right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not call for the client: give the numbers and the words; the client makes the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this contact to your next supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory lists no confirmed crisis centre for %1: offer the national crisis lines below, and 155 or 112 when life is in danger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ReferralTexts</name>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No danger signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RegionNames</name>
    <message>
        <source>Prague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Bohemian Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Bohemian Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plzeň Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karlovy Vary Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ústí nad Labem Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberec Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hradec Králové Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pardubice Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vysočina Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Moravian Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Olomouc Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zlín Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moravian-Silesian Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RemovedData</name>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed before saving: %1. The note keeps a marker in its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RetentionPolicy</name>
    <message>
        <source>Message text can be kept from %1 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records about contacts can be kept from 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RiskClassifier</name>
    <message>
        <source>The risk classifier&apos;s thresholds are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk classifier&apos;s model is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RiskModel</name>
    <message>
        <source>The risk classifier&apos;s model is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::Roles</name>
    <message>
        <source>peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RotaEditor</name>
    <message>
        <source>empty: the organisation&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers take the on-call phone for a whole week (Monday to Sunday), one after another in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eers in turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First peer&apos;s week starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the peers who share the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 (%2–%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RuleForm</name>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One date (trip, workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>even weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odd weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is week %1, even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is week %1, odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::RuleListEditor</name>
    <message>
        <source>at the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;date rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SessionService</name>
    <message>
        <source>Enter the client&apos;s first name or a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A pseudonym can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A pseudonym can be at most %n character long.</numerusform>
            <numerusform>A pseudonym can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only personal data was entered (such as a surname or a phone number), so nothing can be stored. Enter a first name or a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is closed; nothing more can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty message cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This message is too long to save (at most %n character(s)).</source>
        <translation>
            <numerusform>This message is too long to save (at most %n character).</numerusform>
            <numerusform>This message is too long to save (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>This contact is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SessionTypes</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS / Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just be heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear a similar experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help find a solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share what is happening here and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SettingsController</name>
    <message>
        <source>Shorten how long Kotva keeps things?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever is older than the new periods will be deleted now, for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Message text older than %n day(s) and everything else older than %1 cannot be brought back.</source>
        <translation>
            <numerusform>Message text older than %n day and everything else older than %1 cannot be brought back.</numerusform>
            <numerusform>Message text older than %n days and everything else older than %1 cannot be brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on you type this passphrase every time Kotva starts. The vault is re-encrypted with it and the key is removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is re-encrypted with the new passphrase. The old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the system keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva will make a new random key, keep it in your system keychain and re-encrypt the vault with it. Your passphrase will no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault will then open by itself whenever you are logged in to this computer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SettingsDialog</name>
    <message>
        <source>Kotva – Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Kotva keeps things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;message text after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;everything else after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text can be kept for 1 to %1 days; everything else about a contact for %2 months at the most. A shorter period applies at once: whatever is older is deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the vault is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain; the vault opens by itself while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is protected with a passphrase that you type at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase &amp;instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the key is now kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the vault now opens with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation and your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva locks by itself when nobody has used it for this long; Ctrl+L locks at once. The region decides which crisis centre the referral pane offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s own lexicons and referral directory are read from your data folder first, then from the installed copy; a copy that does not load is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into Kotva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local services offered in the crisis pane beside the national directory; confirmed, exported and imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail counselling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mailbox, the answer deadline and the automatic acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a &amp;team vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team vault: each member unlocks it with their own passphrase, and the keychain is not used. You are %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: from now on you unlock the vault with your new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers on &amp;other PCs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and files exchanged with workers who keep Kotva on their own PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SetupDialog</name>
    <message>
        <source>Keep the key in the system &amp;keychain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva – first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Kotva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s set up the encrypted vault for your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva keeps everything you save in one encrypted file on this computer: message texts, notes and records. Nothing personal is stored: names, phone numbers, addresses and similar details are removed before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything expires: message text is deleted after %n days and everything else after 12 months at the latest. You can shorten both in Settings.</source>
        <translation>
            <numerusform>Everything expires: message text is deleted after %n days and everything else after 12 months at the latest. You can shorten both in Settings.</numerusform>
            <numerusform>Everything expires: message text is deleted after %n days and everything else after 12 months at the latest. You can shorten both in Settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should the vault be unlocked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva makes a random 256-bit key and keeps it in your system keychain. The vault opens by itself while you are logged in; there is nothing to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You type the passphrase every time Kotva starts. Nobody can recover it: if you forget it, the vault cannot be opened and what it holds is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ShareEnvelope</name>
    <message>
        <source>Kotva&apos;s cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not sealed for this team, or it was damaged on the way. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s key or your signing key is not complete; join the team again with the team&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file a Kotva team member exports. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was altered or forged: its signature does not match what it carries. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SharePayload</name>
    <message>
        <source>The file&apos;s contents do not have the form Kotva writes. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SmtpClient</name>
    <message>
        <source>The server %1 did not greet Kotva as a mail server that takes mail (it answered %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not accept Kotva&apos;s introduction (EHLO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sender address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the recipient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused to take the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may have been sent: the mail server did not confirm it. Check the sent mail before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted, so Kotva did not log in:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 on port %2 could be made. Is it the SMTPS port (usually 465)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection before it was secured. Is port %2 the SMTPS port (usually 465)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be looked up in time. Is the computer online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server name %1 does not exist. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 sent an answer Kotva cannot accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is not a valid e-mail address; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipient; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than %1 recipients; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid e-mail address; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a line longer than %1 characters; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not secured, so Kotva did not send the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not offer a way to log in that Kotva knows (AUTH PLAIN or LOGIN). Kotva sends mail only after logging in; check the server and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not check the user name and password just now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SqlCipherDriver</name>
    <message>
        <source>The key can only be set before the vault is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty key cannot protect a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase has the form of a raw key; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Kotva has no working encryption (SQLCipher is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open, encrypted vault can change its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be changed while the vault is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can be run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement expects %1 values but got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bind a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the next row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open, encrypted vault can attach another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the other vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close the other vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionAgenda</name>
    <message>
        <source>The supervision agenda could not be read or written in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer on the agenda (it was removed or it expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This item is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>This item is too long (at most %n character).</numerusform>
            <numerusform>This item is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty item cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What was agreed is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>What was agreed is too long (at most %n character).</numerusform>
            <numerusform>What was agreed is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>A note shared for team supervision stays on the agenda while it is shared. Mark it discussed, or ask its author to change its sharing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionNote</name>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionNoteModel</name>
    <message>
        <source>Kotva deletes this note on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionNotePane</name>
    <message>
        <source>Supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider a supervision note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote since the note was last saved will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of %1 will be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;individual supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your notes shared for individual supervision as a PDF to print and bring along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes for individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual-supervision.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::SupervisionService</name>
    <message>
        <source>The supervision note could not be read or written in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is no longer in the vault (it was deleted or it expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact had signs of danger and a boundary finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact had signs of danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact had a boundary finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to bring it to supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty note cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This note is too long to save (at most %n character(s)).</source>
        <translation>
            <numerusform>This note is too long to save (at most %n character).</numerusform>
            <numerusform>This note is too long to save (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>A note can be linked to a contact only by its reference, such as K-4F7Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private note was sealed with an earlier passphrase and cannot be read any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::TeamKeys</name>
    <message>
        <source>You cannot remove your own key while you use it. Another team lead can remove you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own passphrase instead: a reset is for a member who has forgotten theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::TeamRoster</name>
    <message>
        <source>The team&apos;s members could not be read or written in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team needs a team lead: give the role to another member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs initials or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is in the team already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team has its members already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::TeamService</name>
    <message>
        <source>This vault belongs to one person. Make it a team vault first (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key opens the vault, but the team has given you no role yet. Ask the team lead to set your roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::TlsPolicy</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued for another server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not issued by an authority this computer trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be verified (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::TurnComposer</name>
    <message>
        <source>&amp;Client&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is the client&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the text. Personal data is removed when you save; the original is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the turn (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is long, so it is not checked while you type. It is checked, and personal data removed, when you save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::TurnModel</name>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ boundary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent despite the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✂ removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text expired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::UnlockDialog</name>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Kotva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept in an encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva is locked. Nothing in the vault can be read until it is unlocked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva cannot open the vault. The file was left exactly as it was; nothing was replaced or created in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who you are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team vault: each member unlocks it with their own passphrase. Choose yourself and type yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::Utf8</name>
    <message>
        <source>The text is not valid UTF-8 (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::ValidationPanel</name>
    <message>
        <source>Problems in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 (no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the programme can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors — fix these to save the programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings — the programme can be saved, but check these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cancellation(s) or change(s) that no longer fit</source>
        <translation>
            <numerusform>Remove %n cancellation or change that no longer fits</numerusform>
            <numerusform>Remove %n cancellations or changes that no longer fit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kotva::Vault</name>
    <message>
        <source>The vault could not be set up safely, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired content was removed but could not yet be wiped from the disk; Kotva will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be changed; the old key still opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Kotva. Update Kotva to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva cannot write to the vault or to its folder. Check that the folder is writable; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was half-saved: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at this location, so no new vault was created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of Kotva cannot encrypt its data (SQLCipher is missing), so it refuses to store anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key or passphrase cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva was started without its vault schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key or passphrase does not open this vault, or the vault file is damaged. The file was not changed. If you are sure of the passphrase, restore the vault file from your backup copy, or move it aside and Kotva starts a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Kotva vault, or it was damaged (cut short by a full disk or a crash). It was left exactly as it is. If it was your vault, restore it from your backup copy, or move it aside and Kotva starts a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read safely. The file was left as it is; restore it from your backup copy, or move it aside and Kotva starts a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is already there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has another version of the vault&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored; the vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::VaultAccess</name>
    <message>
        <source>This vault exists, but the keychain has no key for it. If you protected the vault with a passphrase, enter it. Otherwise the keychain may be locked or belong to another account: unlock it and try again. No new key was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused to give out the key. Unlock it and try again, or enter the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so the key cannot be read from it. Enter the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the keychain does not open this vault; it may be protected by a passphrase instead. Enter the passphrase. The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check it and try again. The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1 Nothing was created. Protect the vault with a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is protected by the keychain, not by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already keeps its key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1 The vault still uses your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain already keeps the key of a vault at this place. That vault may come back (moved away, or on a backup), and without its key it could never be opened: nothing was created. Put the old vault back, choose another file for the new one, or protect it with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of the team&apos;s keys beside the vault (%1) cannot be read: %2 Put back a copy of it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open this member&apos;s key. Check the name and the passphrase and try again. The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s keys beside the vault do not fit it, and the file %1 could not be moved aside. Move it away yourself; the vault then opens as it did before it became a team vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s keys beside the vault do not fit it: it became a team vault only after this copy was made, or making it one was cut short. They were moved to %1, and the vault opens as it did before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is a team vault already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::VaultBackup</name>
    <message>
        <source>The backup folder %1 is not there. Is the disk connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva cannot write into the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made this very second; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be finished in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::VaultKey</name>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raw key must be exactly 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::VaultOverviewPage</name>
    <message>
        <source>Your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Kotva stores is encrypted on this computer and expires by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet since Kotva started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;retention or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher %1 (256-bit AES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted after %n day(s)</source>
        <translation>
            <numerusform>Deleted after %n day</numerusform>
            <numerusform>Deleted after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted after %n month(s), the longest Kotva allows</source>
        <translation>
            <numerusform>Deleted after %n month, the longest Kotva allows</numerusform>
            <numerusform>Deleted after %n months, the longest Kotva allows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted after %n month(s)</source>
        <translation>
            <numerusform>Deleted after %n month</numerusform>
            <numerusform>Deleted after %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault holds no records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random 256-bit key, kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message text(s)</source>
        <translation>
            <numerusform>%n message text</numerusform>
            <numerusform>%n message texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The last purge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a day old</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group programme yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision is planned in %1. Add a date to the group programme as team or individual supervision (internal: it is never printed or published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::VaultSettings</name>
    <message>
        <source>The vault is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a region code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::Venue</name>
    <message>
        <source>venue announced that week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::VenueEdit</name>
    <message>
        <source>As the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, or the meeting point of a trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::WholeFile</name>
    <message>
        <source>The file cannot be saved: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written here: the folder or the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written completely (is the disk full?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::WorkspacePane</name>
    <message>
        <source>Contacts and conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis referral pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::cli</name>
    <message>
        <source>create, inspect and purge an encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check messages on stdin for danger, boundaries and personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group programme for a month as PDF, iCalendar or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date after N Czech working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kotva-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;kotva-cli &lt;command&gt; --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written (is the disk full or the pipe closed?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::cli::analyze</name>
    <message>
        <source>Reads one message per line (UTF-8) on standard input and writes one JSON object per line: risk level, crisis signals, boundary findings, personal data and the redacted text. Offsets count Unicode code points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote the messages: client (default) or worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the lexicons in this folder instead of the built-in ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze takes no arguments; it reads the messages from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be client or worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list every lexicon entry that matched (&quot;matches&quot;), to check a lexicon change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line contains a NUL character; nothing of it was analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the lexicons&apos; rules alone, without the statistical classifiers that may raise the risk level the rules gave or add a boundary finding they missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::cli::schedule</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PDF back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group programme of one month as PDF, iCalendar or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an A4 PDF to the file (&apos;-&apos; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write iCalendar (.ics) to the file (&apos;-&apos; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the month as text for a group chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this time (ISO-8601) as the iCalendar time stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --programme and --month are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; use YYYY-MM, e.g. 2026-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one output: --pdf, --ics or --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one output can go to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date-time after N Czech working days (weekends and public holidays skipped). Counting starts at the time received; on a weekend or holiday, at 00:00 of the next working day. The deadline is the same time of day on the Nth working day after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the message came, ISO-8601 (e.g. 2026-12-23T10:00:00+01:00; without an offset, Prague time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO-8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; give a new file name or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist in Prague (the clocks skip that hour); give the time with its offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date can be given for &apos;%1&apos;: it is too far in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::cli::vault</name>
    <message>
        <source>The passphrase could not be read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something already exists at %1; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault operation did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use a passphrase, pass --passphrase-stdin and write it as the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase, read from the first line of standard input, instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretend the current time is this ISO 8601 instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-key: &apos;passphrase&apos; (the new one is the next line of standard input) or &apos;keychain&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kotva-cli vault &lt;create|info|purge|change-key&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  create      create a new vault (key in the keychain by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  info        print facts about the vault as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  purge       remove what has expired and print what was removed as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  change-key  move the key to a passphrase or to the keychain (--to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, inspect and purge an encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, info, purge or change-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which vault command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-key needs --to passphrase or --to keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-03-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: the clock is right even though it is long past the vault&apos;s last use; delete what expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the clock says %1, more than %2 days after the vault was last used (%3). If the date is right, run the purge again with --confirm-clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a team vault: each member unlocks it in Kotva with their own passphrase. The command line opens vaults of one person only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::gui</name>
    <message>
        <source>Group programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kotva::main</name>
    <message>
        <source>Open or create the vault at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: cs or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be cs or en, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kotva cannot start its safety checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexicons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
