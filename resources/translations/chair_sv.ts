<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaptureView</name>
    <message>
        <source>Table and chair</source>
        <translation>Bord och bordsordförande</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>The conference&apos;s questions, each with its count of notes</source>
        <translation>Konferensens frågor, var och en med antal anteckningar</translation>
    </message>
    <message>
        <source>Filter this question&apos;s notes</source>
        <translation>Filtrera frågans anteckningar</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrera anteckningar</translation>
    </message>
    <message>
        <source>Notes of this question</source>
        <translation>Anteckningar till frågan</translation>
    </message>
    <message>
        <source>F2 edits, Delete removes, Alt+Up and Alt+Down move, drag to reorder</source>
        <translation>F2 redigerar, Delete tar bort, Alt+Upp och Alt+Ned flyttar, dra för att ändra ordning</translation>
    </message>
    <message>
        <source>No note matches the filter.</source>
        <translation>Ingen anteckning matchar filtret.</translation>
    </message>
    <message>
        <source>No notes for this question. What you type below goes to question %1, the one being discussed.</source>
        <translation>Inga anteckningar till den här frågan. Det du skriver nedan hamnar under fråga %1, den som diskuteras.</translation>
    </message>
    <message>
        <source>No notes for this question yet. Type what the table says below and press Enter.</source>
        <translation>Inga anteckningar till frågan än. Skriv vad bordet säger i fältet nedan och tryck på Enter.</translation>
    </message>
    <message>
        <source>Type what the table says. Enter adds the note, Shift+Enter starts a new line.</source>
        <translation>Skriv vad bordet säger. Enter lägger till anteckningen, Skift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Enter adds the note, Shift+Enter starts a new line</source>
        <translation>Enter lägger till anteckningen, Skift+Enter ger en ny rad</translation>
    </message>
</context>
<context>
    <name>ChairActions</name>
    <message>
        <source>&amp;Open conference…</source>
        <translation>&amp;Öppna konferens…</translation>
    </message>
    <message>
        <source>Choose the conference and your table, or open a conference pack</source>
        <translation>Välj konferens och ditt bord, eller öppna ett konferenspaket</translation>
    </message>
    <message>
        <source>Table &amp;facts…</source>
        <translation>Uppgifter om &amp;bordet…</translation>
    </message>
    <message>
        <source>Participants and optional age and gender bands</source>
        <translation>Deltagare och frivilliga uppgifter om ålder och kön</translation>
    </message>
    <message>
        <source>&amp;Review table…</source>
        <translation>&amp;Granska bordet…</translation>
    </message>
    <message>
        <source>Everything the table said, per question, with the proposals and votes</source>
        <translation>Allt bordet sa, fråga för fråga, med förslag och röster</translation>
    </message>
    <message>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Signera och exportera…</translation>
    </message>
    <message>
        <source>Sign the table&apos;s results into a bundle in the outbox</source>
        <translation>Signera bordets resultat till en fil i utkorgen</translation>
    </message>
    <message>
        <source>Language, signing identity and sync target</source>
        <translation>Språk, signeringsidentitet och synkmål</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Redigera anteckning</translation>
    </message>
    <message>
        <source>Edit the selected note in place</source>
        <translation>Redigera den valda anteckningen direkt i listan</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Ta bort anteckning</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Ta bort den valda anteckningen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Move note do&amp;wn</source>
        <translation>Flytta anteckning &amp;ned</translation>
    </message>
    <message>
        <source>Add a &amp;vote</source>
        <translation>Lägg till en &amp;röst</translation>
    </message>
    <message>
        <source>One more dot vote for the selected note</source>
        <translation>En prick till för den valda anteckningen</translation>
    </message>
    <message>
        <source>Remove a v&amp;ote</source>
        <translation>Ta bort en r&amp;öst</translation>
    </message>
    <message>
        <source>One dot vote less for the selected note</source>
        <translation>En prick mindre för den valda anteckningen</translation>
    </message>
    <message>
        <source>&amp;Move to question…</source>
        <translation>&amp;Flytta till fråga…</translation>
    </message>
    <message>
        <source>Move the selected note to another question</source>
        <translation>Flytta den valda anteckningen till en annan fråga</translation>
    </message>
    <message>
        <source>&amp;Search all notes…</source>
        <translation>&amp;Sök i alla anteckningar…</translation>
    </message>
    <message>
        <source>&amp;Filter this question</source>
        <translation>F&amp;iltrera frågan</translation>
    </message>
    <message>
        <source>Back to the &amp;new note field</source>
        <translation>Tillbaka till fältet för n&amp;y anteckning</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Föregående fråga</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nästa fråga</translation>
    </message>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation>&amp;Starta eller pausa klockan</translation>
    </message>
    <message>
        <source>One minute &amp;more</source>
        <translation>En minut &amp;mer</translation>
    </message>
    <message>
        <source>One minute &amp;less</source>
        <translation>En minut m&amp;indre</translation>
    </message>
    <message>
        <source>&amp;Reset the timer</source>
        <translation>Å&amp;terställ klockan</translation>
    </message>
    <message>
        <source>S&amp;ound when time is up</source>
        <translation>L&amp;jud när tiden är ute</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Förslag</translation>
    </message>
    <message>
        <source>&amp;Guiding word</source>
        <translation>&amp;Ledord</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>A&amp;tt göra</translation>
    </message>
    <message>
        <source>Mark the selected note as: %1</source>
        <translation>Markera den valda anteckningen som: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Save table minutes as P&amp;DF…</source>
        <translation>Spara bordets minnesanteckningar som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print table minutes…</source>
        <translation>S&amp;kriv ut bordets minnesanteckningar…</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>Inställ&amp;ningar…</translation>
    </message>
    <message>
        <source>Move note u&amp;p</source>
        <translation>Flytta anteckning &amp;upp</translation>
    </message>
    <message>
        <source>Select pre&amp;vious note</source>
        <translation>&amp;Välj föregående anteckning</translation>
    </message>
    <message>
        <source>Select ne&amp;xt note</source>
        <translation>Välj n&amp;ästa anteckning</translation>
    </message>
    <message>
        <source>Make the table minutes and open the print dialog</source>
        <translation>Gör bordets minnesanteckningar och öppna utskriftsdialogen</translation>
    </message>
    <message>
        <source>&amp;Conference</source>
        <translation>&amp;Konferens</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Taggar</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
</context>
<context>
    <name>ChairCommands</name>
    <message>
        <source>Add the note “%1”</source>
        <translation>lägg till anteckningen ”%1”</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Move note to another question</source>
        <translation>Flytta anteckning till en annan fråga</translation>
    </message>
    <message>
        <source>Reorder notes</source>
        <translation>Ändra ordning på anteckningar</translation>
    </message>
    <message>
        <source>Change table facts</source>
        <translation>Ändra uppgifter om bordet</translation>
    </message>
</context>
<context>
    <name>ChairPrint</name>
    <message>
        <source>Making the table minutes</source>
        <translation>Bordets minnesanteckningar görs</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>Rundabord – chair</source>
        <translation>Rundabord – bordsordförande</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrade: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjorde om: %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Bordsordförande: %1</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Sök anteckningar</translation>
    </message>
    <message>
        <source>Time is up for this question</source>
        <translation>Tiden är ute för den här frågan</translation>
    </message>
</context>
<context>
    <name>CopiedProfileBar</name>
    <message>
        <source>Give this laptop its own identity…</source>
        <translation>Ge den här datorn en egen identitet…</translation>
    </message>
    <message numerus="yes">
        <source>Another computer is signing as this laptop (table %1): the sync target holds %Ln export(s) signed with this laptop&apos;s key that were not made here, so this laptop&apos;s profile was copied to another computer. Each laptop needs its own identity: export your tables, then give this laptop its own identity with the button, and send the new key card (Settings) to the secretariat. Do the same on the other computer if it shows this warning. Nothing on the sync target was changed.</source>
        <translation>
            <numerusform>En annan dator signerar som den här datorn (bord %1): på synkmålet finns %Ln export som är signerad med den här datorns nyckel men inte gjord här, alltså har datorns profil kopierats till en annan dator. Varje dator behöver en egen identitet: exportera dina bord, ge sedan den här datorn en egen identitet med knappen och skicka det nya nyckelkortet (Inställningar) till sekretariatet. Gör likadant på den andra datorn om den visar samma varning. Ingenting på synkmålet har ändrats.</numerusform>
            <numerusform>En annan dator signerar som den här datorn (bord %1): på synkmålet finns %Ln exporter som är signerade med den här datorns nyckel men inte gjorda här, alltså har datorns profil kopierats till en annan dator. Varje dator behöver en egen identitet: exportera dina bord, ge sedan den här datorn en egen identitet med knappen och skicka det nya nyckelkortet (Inställningar) till sekretariatet. Gör likadant på den andra datorn om den visar samma varning. Ingenting på synkmålet har ändrats.</numerusform>
        </translation>
    </message>
    <message>
        <source> (table %1)</source>
        <translation> (bord %1)</translation>
    </message>
    <message>
        <source>%1 has seen two computers sign with this laptop&apos;s key%2: this laptop&apos;s profile was copied to another computer. Each laptop needs its own identity: export your tables, then give this laptop its own identity with the button, and send the new key card (Settings) to the secretariat. Do the same on the other computer.</source>
        <translation>%1 har sett två datorer signera med den här datorns nyckel%2: datorns profil har kopierats till en annan dator. Varje dator behöver en egen identitet: exportera dina bord, ge sedan den här datorn en egen identitet med knappen och skicka det nya nyckelkortet (Inställningar) till sekretariatet. Gör likadant på den andra datorn.</translation>
    </message>
    <message>
        <source>Warning: another computer signs as this laptop</source>
        <translation>Varning: en annan dator signerar som den här datorn</translation>
    </message>
    <message>
        <source>Export first</source>
        <translation>Exportera först</translation>
    </message>
    <message>
        <source>Table %1 has changed since its last export. Export it as it is now, so that what this laptop wrote reaches the secretariat, then give the laptop its own identity.</source>
        <translation>Bord %1 har ändrats sedan den senaste exporten. Exportera det som det är nu, så att det som skrivits på den här datorn når sekretariatet, och ge sedan datorn en egen identitet.</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Ny identitet</translation>
    </message>
    <message>
        <source>A passphrase for the new key:</source>
        <translation>Lösenfras för den nya nyckeln:</translation>
    </message>
    <message>
        <source>This laptop gets a new signing key of its own, in the name of %1. Its notes stay as they are. The secretariat needs the new key card before it can take this laptop&apos;s next export. Continue?</source>
        <translation>Den här datorn får en egen, ny signeringsnyckel i namnet %1. Anteckningarna blir kvar som de är. Sekretariatet behöver det nya nyckelkortet innan det kan ta emot datorns nästa export. Vill du fortsätta?</translation>
    </message>
    <message>
        <source>This laptop now signs with a key of its own (fingerprint %1). Save the new key card in Settings and send it to the secretariat.</source>
        <translation>Den här datorn signerar nu med en egen nyckel (fingeravtryck %1). Spara det nya nyckelkortet under Inställningar och skicka det till sekretariatet.</translation>
    </message>
</context>
<context>
    <name>DiskAdvice</name>
    <message>
        <source>The disk or folder is read-only: a write-protected USB stick, a read-only network folder or missing permission. Slide the stick&apos;s lock switch off, or choose a folder you may write to.</source>
        <translation>Disken eller mappen är skrivskyddad: ett skrivskyddat USB-minne, en skrivskyddad nätverksmapp eller saknad behörighet. Skjut av låsreglaget på minnet, eller välj en mapp som du får skriva i.</translation>
    </message>
    <message>
        <source>The disk is full. Delete or move files you do not need, then try again.</source>
        <translation>Disken är full. Ta bort eller flytta filer som du inte behöver och försök sedan igen.</translation>
    </message>
    <message>
        <source>Another program is using the workspace or the file (perhaps a second Rundabord window, a backup or a sync program). Close it, then try again.</source>
        <translation>Ett annat program använder arbetsytan eller filen (kanske ett andra Rundabord-fönster, en säkerhetskopiering eller ett synkprogram). Stäng det och försök sedan igen.</translation>
    </message>
    <message>
        <source>The folder or disk is gone: was a USB stick removed? Put it back, then try again.</source>
        <translation>Mappen eller disken finns inte längre: togs ett USB-minne ut? Sätt tillbaka det och försök sedan igen.</translation>
    </message>
    <message>
        <source>The disk refused the write. Try again; if it keeps failing, ask for help with the laptop.</source>
        <translation>Disken tog inte emot det som skulle sparas. Försök igen; om det fortsätter att misslyckas, be om hjälp med datorn.</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>another program holds the workspace</source>
        <translation>ett annat program använder arbetsytan</translation>
    </message>
    <message>
        <source>the disk is gone</source>
        <translation>disken finns inte längre</translation>
    </message>
    <message>
        <source>the disk refused the change</source>
        <translation>disken tog inte emot ändringen</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Changes since export – e&amp;xport again…</source>
        <translation>Ändrat sedan exporten – e&amp;xportera igen…</translation>
    </message>
    <message>
        <source>The notes changed after the last signed export</source>
        <translation>Anteckningarna har ändrats efter den senaste signerade exporten</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the signed bundle…</source>
        <translation>Spara en ko&amp;pia av det signerade paketet…</translation>
    </message>
    <message>
        <source>Copy the table&apos;s latest signed bundle, e.g. to a USB stick, under a readable name</source>
        <translation>Kopiera bordets senaste signerade paket, till exempel till ett USB-minne, under ett läsbart namn</translation>
    </message>
    <message>
        <source>Only when the secretariat refused your export as made by a newer Rundabord: every secretariat&apos;s Rundabord reads the oldest format</source>
        <translation>Bara när sekretariatet har avvisat din export som gjord med en nyare version av Rundabord: alla sekretariats Rundabord kan läsa det äldsta formatet</translation>
    </message>
    <message>
        <source>The export is written in the oldest format, which every secretariat&apos;s Rundabord reads.</source>
        <translation>Exporten skrivs i det äldsta formatet, som alla sekretariats Rundabord kan läsa.</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>Signera och exportera</translation>
    </message>
    <message>
        <source>You are about to sign and export the results of %1, %2:</source>
        <translation>Du kommer att signera och exportera resultaten från %1, %2:</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 (%2): %Ln note(s)</source>
        <translation>
            <numerusform>Fråga %1 (%2): %Ln anteckning</numerusform>
            <numerusform>Fråga %1 (%2): %Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sign these %Ln note(s) with your key now?</source>
        <translation>
            <numerusform>Signera den här anteckningen med din nyckel nu?</numerusform>
            <numerusform>Signera de här %Ln anteckningarna med din nyckel nu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed and exported</source>
        <translation>Signerat och exporterat</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>Not exported yet.</source>
        <translation>Inte exporterat än.</translation>
    </message>
    <message>
        <source>Changes since export: the last signed bundle (%1) does not hold the latest notes.</source>
        <translation>Ändrat sedan exporten: det senast signerade paketet (%1) innehåller inte de senaste anteckningarna.</translation>
    </message>
    <message>
        <source>The table has changes since its last export.</source>
        <translation>Bordet har ändringar sedan den senaste exporten.</translation>
    </message>
    <message>
        <source>The table&apos;s notes have not been signed and exported yet.</source>
        <translation>Bordets anteckningar har inte signerats och exporterats än.</translation>
    </message>
    <message>
        <source>Quit anyway? The notes stay saved on this laptop; you can export them later.</source>
        <translation>Vill du avsluta ändå? Anteckningarna finns kvar på den här datorn och du kan exportera dem senare.</translation>
    </message>
    <message>
        <source>Quit without exporting?</source>
        <translation>Avsluta utan att exportera?</translation>
    </message>
    <message>
        <source>Save a copy of the signed bundle</source>
        <translation>Spara en kopia av det signerade paketet</translation>
    </message>
    <message>
        <source>Rundabord bundles (*.rbz)</source>
        <translation>Rundabord-paket (*.rbz)</translation>
    </message>
    <message>
        <source>The notes changed after the table&apos;s last signed export, so that bundle does not hold the latest notes.

Sign and export again first? Then choose Save a copy in the box that follows. No saves the older bundle as it is.</source>
        <translation>Anteckningarna har ändrats efter bordets senaste signerade export, så det paketet innehåller inte de senaste anteckningarna.

Signera och exportera igen först? Välj sedan Spara en kopia i rutan som följer. Nej sparar det äldre paketet som det är.</translation>
    </message>
    <message>
        <source>The copy could not be saved to %1.</source>
        <translation>Kopian kunde inte sparas i %1.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>Sign and &amp;export in the oldest format…</source>
        <translation>Signera och exportera i &amp;äldsta formatet…</translation>
    </message>
    <message>
        <source>Before you can sign, this laptop needs your signing key. The settings open next: check your name under Identity and press OK; your key is made and the signing goes on.</source>
        <translation>Innan du kan signera behöver den här datorn din signeringsnyckel. Inställningarna öppnas nu: kontrollera ditt namn under Identitet och tryck på OK, så skapas din nyckel och signeringen fortsätter.</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2) and saved in this laptop&apos;s outbox, where it waits until it is synced.</source>
        <translation>Signerat av %1 (nyckel %2) och sparat i utkorgen på den här datorn, där det väntar tills det synkas.</translation>
    </message>
    <message>
        <source>To hand it over on a USB stick, choose Save a copy.</source>
        <translation>Välj Spara en kopia för att lämna det på ett USB-minne.</translation>
    </message>
    <message>
        <source>Exported %1 by %2: %3</source>
        <translation>Exporterat %1 av %2: %3</translation>
    </message>
    <message>
        <source>A copy is saved as %1</source>
        <translation>En kopia är sparad som %1</translation>
    </message>
    <message>
        <source>The signed bundle could not be written to the outbox (%1).</source>
        <translation>Det signerade paketet kunde inte skrivas till utkorgen (%1).</translation>
    </message>
    <message>
        <source>Signing and exporting the table failed: %1</source>
        <translation>Det gick inte att signera och exportera bordet: %1</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Lösenfras för din signeringsnyckel:</translation>
    </message>
</context>
<context>
    <name>FollowupOpened</name>
    <message>
        <source>Already opened</source>
        <translation>Redan öppnad</translation>
    </message>
    <message>
        <source>This file was opened on this computer before: it brought nothing new.</source>
        <translation>Den här filen har öppnats på den här datorn förut: den gav inget nytt.</translation>
    </message>
    <message>
        <source>The secretariat&apos;s follow-up for table %1 is open: %2 new and %3 changed entries. Pick your table and press Open to see them.</source>
        <translation>Sekretariatets uppföljning för bord %1 är öppnad: %2 nya och %3 ändrade poster. Välj ditt bord och tryck på Öppna för att se dem.</translation>
    </message>
    <message>
        <source>Follow-up opened</source>
        <translation>Uppföljning öppnad</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Table %1, question %2</source>
        <translation>Bord %1, fråga %2</translation>
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <source>&amp;Move to question</source>
        <translation>&amp;Flytta till fråga</translation>
    </message>
    <message>
        <source>Select a note first (Ctrl+Up, Ctrl+Down)</source>
        <translation>Välj en anteckning först (Ctrl+Upp, Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Ändra typ</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translation>Ändra teman</translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation>Lägg till en röst</translation>
    </message>
    <message>
        <source>Remove a vote</source>
        <translation>Ta bort en röst</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>Delete the emptied note “%1”</source>
        <translation>ta bort den tömda anteckningen ”%1”</translation>
    </message>
    <message>
        <source>The note “%1” was emptied, so it was deleted. Ctrl+Z brings it back.</source>
        <translation>Anteckningen ”%1” tömdes och togs därför bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>The note “%1” was deleted. Ctrl+Z brings it back.</source>
        <translation>Anteckningen ”%1” togs bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>Clear the filter to reorder notes</source>
        <translation>Töm filtret för att ändra ordning på anteckningarna</translation>
    </message>
    <message>
        <source>Move note up</source>
        <translation>Flytta anteckning upp</translation>
    </message>
    <message>
        <source>Move note down</source>
        <translation>Flytta anteckning ned</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Guiding word</source>
        <translation>Ledord</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>teman: %1</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>röster: %1</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Röster: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
</context>
<context>
    <name>OpenConferenceDialog</name>
    <message>
        <source>Open conference</source>
        <translation>Öppna konferens</translation>
    </message>
    <message>
        <source>Conferences in this workspace</source>
        <translation>Konferenser i arbetsytan</translation>
    </message>
    <message>
        <source>No conference yet. Open the conference pack from the secretariat with Open file…</source>
        <translation>Ingen konferens än. Öppna konferenspaketet från sekretariatet med Öppna fil…</translation>
    </message>
    <message>
        <source>Tables of the chosen conference</source>
        <translation>Den valda konferensens bord</translation>
    </message>
    <message>
        <source>&amp;Conference:</source>
        <translation>&amp;Konferens:</translation>
    </message>
    <message>
        <source>&amp;Your table:</source>
        <translation>&amp;Ditt bord:</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Öppna &amp;fil…</translation>
    </message>
    <message>
        <source>A conference pack (.rbz) from the secretariat, or a conference description (.toml)</source>
        <translation>Ett konferenspaket (.rbz) från sekretariatet, eller en konferensbeskrivning (.toml)</translation>
    </message>
    <message>
        <source>Choose the conference and your table, then press Open. A conference pack from the secretariat opens with Open file.</source>
        <translation>Välj konferens och ditt bord och tryck sedan på Öppna. Ett konferenspaket från sekretariatet öppnar du med Öppna fil.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>Choose a conference and your table.</source>
        <translation>Välj en konferens och ditt bord.</translation>
    </message>
    <message>
        <source>Open conference file</source>
        <translation>Öppna konferensfil</translation>
    </message>
    <message>
        <source>Conference packs and descriptions (*.rbz *.toml);;All files (*)</source>
        <translation>Konferenspaket och konferensbeskrivningar (*.rbz *.toml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öppnar %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Det går inte att öppna %1</translation>
    </message>
    <message>
        <source>Conference pack held back</source>
        <translation>Konferenspaketet hålls i karantän</translation>
    </message>
    <message>
        <source>The pack is signed by a key this workspace does not know yet, so it is held in quarantine. Compare its fingerprint with the secretariat&apos;s and trust the key first (rundabord quarantine list).</source>
        <translation>Paketet är signerat med en nyckel som arbetsytan ännu inte känner till, så det hålls i karantän. Jämför fingeravtrycket med sekretariatets och lita på nyckeln först (rundabord quarantine list).</translation>
    </message>
    <message>
        <source>Conference pack refused</source>
        <translation>Konferenspaketet öppnades inte</translation>
    </message>
    <message>
        <source>The pack was not opened and nothing was saved. Ask the secretariat for the right pack, or for the fingerprint once more.</source>
        <translation>Paketet öppnades inte och inget sparades. Be sekretariatet om rätt paket, eller om fingeravtrycket en gång till.</translation>
    </message>
    <message>
        <source>Signed by %1 with the same key as the pack of %2, which was opened on this computer before:

%3

Open the pack? Later packs for this conference must carry the same key.</source>
        <translation>Signerat av %1 med samma nyckel som paketet för %2, som har öppnats på den här datorn tidigare:

%3

Öppna paketet? Senare paket för den här konferensen måste ha samma nyckel.</translation>
    </message>
    <message>
        <source>Check the conference pack</source>
        <translation>Kontrollera konferenspaketet</translation>
    </message>
    <message>
        <source>Signed by {signer}. Compare this fingerprint with the one the secretariat gave you:

{fingerprint}

Do they match? Only then open the pack: later packs for this conference must carry the same key.</source>
        <translation>Signerat av {signer}. Jämför det här fingeravtrycket med det som sekretariatet gav dig:

{fingerprint}

Stämmer de? Öppna paketet bara då: senare paket för den här konferensen måste ha samma nyckel.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Notes: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
    <message>
        <source>Question %1: %2. Notes: %3</source>
        <translation>Fråga %1: %2. Anteckningar: %3</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Everything the table said</source>
        <translation>Allt bordet sa</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Senaste export</translation>
    </message>
    <message>
        <source>&amp;Back to notes</source>
        <translation>Tillb&amp;aka till anteckningarna</translation>
    </message>
    <message>
        <source>&amp;Print table minutes…</source>
        <translation>Skriv &amp;ut bordets minnesanteckningar…</translation>
    </message>
    <message>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Signera och exportera…</translation>
    </message>
    <message>
        <source>Review: %1, %2</source>
        <translation>Granskning: %1, %2</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Guiding word</source>
        <translation>Ledord</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Bordsordförande: %1</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Inga anteckningar.</translation>
    </message>
    <message>
        <source>Proposals by votes</source>
        <translation>Förslag efter antal röster</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Röster: %1</translation>
    </message>
</context>
<context>
    <name>RoundTimer</name>
    <message>
        <source>Time left in this round</source>
        <translation>Tid kvar av omgången</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Start or pause the round&apos;s countdown</source>
        <translation>Starta eller pausa nedräkningen för omgången</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Set the countdown back to the round&apos;s length</source>
        <translation>Ställ tillbaka nedräkningen till omgångens längd</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>En minut mer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>tiden är ute</translation>
    </message>
    <message>
        <source>running</source>
        <translation>går</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>Varje ändring sparas direkt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>NOT saved: %1</source>
        <translation>INTE sparat: %1</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Cannot change the note</source>
        <translation>Det går inte att ändra anteckningen</translation>
    </message>
    <message>
        <source>the change was refused</source>
        <translation>ändringen avvisades</translation>
    </message>
    <message>
        <source>The workspace could not save this change. Your earlier notes are safe.</source>
        <translation>Ändringen kunde inte sparas i arbetsytan. Dina tidigare anteckningar är kvar.</translation>
    </message>
    <message>
        <source>Notes cannot be saved in this workspace right now (%1).</source>
        <translation>Anteckningar kan inte sparas i arbetsytan just nu (%1).</translation>
    </message>
    <message>
        <source>The workspace cannot be written</source>
        <translation>Det går inte att skriva i arbetsytan</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Sök anteckningar</translation>
    </message>
    <message>
        <source>Words to find, e.g. ungdom busstrafik</source>
        <translation>Ord att söka efter, t.ex. ungdom busstrafik</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Sökord</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antal träffar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Notes found: %1</source>
        <translation>Hittade anteckningar: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The window changes language when you press OK.</source>
        <translation>Fönstret byter språk när du trycker på OK.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Your name as signer</source>
        <translation>Ditt namn som undertecknare</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>frivillig</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>&amp;Create signing key</source>
        <translation>&amp;Skapa signeringsnyckel</translation>
    </message>
    <message>
        <source>Save &amp;key card…</source>
        <translation>Spara &amp;nyckelkort…</translation>
    </message>
    <message>
        <source>Your public key, to send to the secretariat before the conference</source>
        <translation>Din publika nyckel, att skicka till sekretariatet före konferensen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Synkmål</translation>
    </message>
    <message>
        <source>Change &amp;sync target…</source>
        <translation>Ändra s&amp;ynkmål…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Byt r&amp;oll…</translation>
    </message>
    <message>
        <source>Chairing a table or running the secretariat: which window Rundabord opens</source>
        <translation>Bordsordförande eller sekretariat: vilket fönster Rundabord öppnar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>You are chairing a table.</source>
        <translation>Du är bordsordförande.</translation>
    </message>
    <message>
        <source>Key id %1</source>
        <translation>Nyckel-id %1</translation>
    </message>
    <message>
        <source>No signing key yet: enter your name and create one.</source>
        <translation>Ingen signeringsnyckel ännu: skriv ditt namn och skapa en.</translation>
    </message>
    <message>
        <source>None yet: bundles wait in the outbox.</source>
        <translation>Inget än: paketen väntar i utkorgen.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnyckel</translation>
    </message>
    <message>
        <source>Enter your name first: it is shown to whoever checks your bundles.</source>
        <translation>Skriv ditt namn först: det visas för den som kontrollerar dina filer.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De två lösenfraserna skiljer sig åt. Skriv dem igen.</translation>
    </message>
    <message>
        <source>Save key card</source>
        <translation>Spara nyckelkort</translation>
    </message>
    <message>
        <source>Key cards (*.keycard)</source>
        <translation>Nyckelkort (*.keycard)</translation>
    </message>
    <message>
        <source>Saved to %1. Send it to the secretariat and read them this fingerprint:
%2</source>
        <translation>Sparat i %1. Skicka det till sekretariatet och läs upp det här fingeravtrycket för dem:
%2</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>TableFactsDialog</name>
    <message>
        <source>Up to 24 years</source>
        <translation>Upp till 24 år</translation>
    </message>
    <message>
        <source>25–44 years</source>
        <translation>25–44 år</translation>
    </message>
    <message>
        <source>45–64 years</source>
        <translation>45–64 år</translation>
    </message>
    <message>
        <source>65 years or older</source>
        <translation>65 år eller äldre</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Annat eller ej angivet</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>Table facts: %1</source>
        <translation>Uppgifter om bordet: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>Age (optional)</source>
        <translation>Ålder (frivilligt)</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Kön (frivilligt)</translation>
    </message>
    <message>
        <source>Counts only: no names are needed or kept.</source>
        <translation>Bara antal: inga namn behövs eller sparas.</translation>
    </message>
    <message>
        <source>The bands add up to %1, more than the %2 participants.</source>
        <translation>Grupperna blir sammanlagt %1, fler än de %2 deltagarna.</translation>
    </message>
</context>
<context>
    <name>TablePlace</name>
    <message>
        <source>Cannot open the table</source>
        <translation>Det går inte att öppna bordet</translation>
    </message>
    <message>
        <source>(new notes still go to question %1)</source>
        <translation>(nya anteckningar hamnar fortfarande under fråga %1)</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Kind, themes and votes of the selected note</source>
        <translation>Typ, teman och röster för den valda anteckningen</translation>
    </message>
    <message>
        <source>Votes of the selected note</source>
        <translation>Röster på den valda anteckningen</translation>
    </message>
    <message>
        <source>− vote</source>
        <translation>− röst</translation>
    </message>
    <message>
        <source>+ vote</source>
        <translation>+ röst</translation>
    </message>
    <message>
        <source>Tag or untag the selected note with the theme %1</source>
        <translation>Sätt eller ta bort temat %1 på den valda anteckningen</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Röster: %1</translation>
    </message>
</context>
</TS>
