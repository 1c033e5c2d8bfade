<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Application</name>
    <message>
        <source>Rundabord cannot open the workspace in %1.</source>
        <translation>Rundabord kan inte öppna arbetsytan i %1.</translation>
    </message>
    <message>
        <source>This workspace is in use right now by another Rundabord window or by a command such as sync, import or repair. Close it or let it finish, then start Rundabord again. Nothing was changed.</source>
        <translation>Arbetsytan används just nu av ett annat Rundabord-fönster eller av ett kommando som synkar, importerar eller reparerar. Stäng det eller låt det bli klart och starta sedan Rundabord igen. Inget ändrades.</translation>
    </message>
    <message>
        <source>Choose another workspace folder with --workspace.</source>
        <translation>Välj en annan arbetsmapp med --workspace.</translation>
    </message>
    <message>
        <source>Cannot connect to the database</source>
        <translation>Kan inte ansluta till databasen</translation>
    </message>
    <message>
        <source>Rundabord could not connect to the database with this address and password. Check both (your IT department knows them) and try again; nothing has been changed.</source>
        <translation>Rundabord kunde inte ansluta till databasen med den här adressen och det här lösenordet. Kontrollera båda (din IT-avdelning vet vad de ska vara) och försök igen; ingenting har ändrats.</translation>
    </message>
</context>
<context>
    <name>BundleMessages</name>
    <message>
        <source>The file is incomplete – probably not finished copying. Fetch it again.</source>
        <translation>Filen är ofullständig – troligen inte färdigkopierad. Hämta den igen.</translation>
    </message>
    <message>
        <source>The signature does not match: the file was changed after it was signed. Ask the sender for a new copy.</source>
        <translation>Signaturen stämmer inte: filen har ändrats efter att den signerades. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The notes in the file are not the ones that were signed: the file was changed. Ask the sender for a new copy.</source>
        <translation>Anteckningarna i filen är inte de som signerades: filen har ändrats. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>A photo in the bundle is not a PNG or JPEG image Rundabord accepts (damaged, another kind of file, or too large). Nothing was imported. Ask the sender for a new copy.</source>
        <translation>Ett foto i paketet är inte en PNG- eller JPEG-bild som Rundabord tar emot (den är skadad, en annan sorts fil eller för stor). Inget importerades. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The file names a different signing key than the one it carries: it is forged or damaged.</source>
        <translation>Filen anger en annan signeringsnyckel än den den innehåller: den är förfalskad eller skadad.</translation>
    </message>
    <message>
        <source>The file is not a readable Rundabord bundle: it is damaged or another kind of file.</source>
        <translation>Filen är inte ett läsbart Rundabord-paket: den är skadad eller en annan sorts fil.</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is missing or damaged. Ask the sender for a new copy.</source>
        <translation>Paketets innehållsförteckning saknas eller är skadad. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The notes in the bundle cannot be read: the file is damaged. Ask the sender for a new copy.</source>
        <translation>Anteckningarna i paketet går inte att läsa: filen är skadad. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The bundle holds a different number of records than it says: it is damaged. Ask the sender for a new copy.</source>
        <translation>Paketet innehåller ett annat antal poster än det uppger: det är skadat. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The file contains parts a Rundabord bundle must not have: it is damaged or was put together by hand. Ask the sender for a new copy.</source>
        <translation>Filen innehåller delar som ett Rundabord-paket inte får ha: den är skadad eller har satts ihop för hand. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>This is the secretariat&apos;s follow-up for another table, or for a conference this computer does not have: nothing of it was imported. Ask the secretariat for your own table&apos;s file.</source>
        <translation>Det här är sekretariatets uppföljning till ett annat bord, eller till en konferens som inte finns på den här datorn: inget av den har tagits in. Be sekretariatet om filen till ditt eget bord.</translation>
    </message>
    <message>
        <source>The file is far larger than any bundle: it is not one Rundabord reads. Ask the sender for the bundle (.rbz) Rundabord exported.</source>
        <translation>Filen är mycket större än något paket kan vara: Rundabord läser den inte. Be avsändaren om paketet (.rbz) som Rundabord exporterade.</translation>
    </message>
    <message>
        <source>The file would unpack to an enormous size (a so-called zip bomb): it was not opened.</source>
        <translation>Filen skulle packas upp till en enorm storlek (en så kallad zip-bomb): den öppnades inte.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is missing, is a folder, or may not be opened.</source>
        <translation>Filen går inte att läsa: den saknas, är en mapp eller får inte öppnas.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Rundabord. Update Rundabord on this computer, then open it again.</source>
        <translation>Paketet är skapat med en nyare version av Rundabord. Uppdatera Rundabord på den här datorn och öppna det sedan igen.</translation>
    </message>
    <message>
        <source>The file says it was made by a newer version of Rundabord, but this version cannot check that. Update Rundabord on this computer and open it again; if it is still refused, ask the sender for a new copy.</source>
        <translation>Filen säger att den är skapad med en nyare version av Rundabord, men den här versionen kan inte kontrollera det. Uppdatera Rundabord på den här datorn och öppna filen igen; avvisas den fortfarande, be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The bundle just written did not read back correctly, so it was removed. Check the disk and export again.</source>
        <translation>Paketet som just skrevs gick inte att läsa tillbaka korrekt och har tagits bort. Kontrollera disken och exportera igen.</translation>
    </message>
    <message>
        <source>The signer is trusted here, but not for what this bundle contains (for example another table&apos;s notes). It was not imported.</source>
        <translation>Den som signerat är betrodd här, men inte för det som paketet innehåller (till exempel ett annat bords anteckningar). Paketet importerades inte.</translation>
    </message>
    <message>
        <source>The bundle contains records for a table or conference it does not say it covers. It was not imported.</source>
        <translation>Paketet innehåller poster för ett bord eller en konferens som det inte uppger att det omfattar. Det importerades inte.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key that has been revoked or rejected here. It was not imported.</source>
        <translation>Paketet är signerat med en nyckel som har återkallats eller avvisats här. Det importerades inte.</translation>
    </message>
    <message>
        <source>This conference was opened from a pack signed by another key. A pack from a different key is not accepted; ask the secretariat.</source>
        <translation>Konferensen öppnades från ett konferenspaket signerat med en annan nyckel. Ett paket från en annan nyckel godtas inte; kontakta sekretariatet.</translation>
    </message>
    <message>
        <source>This is a table&apos;s export, not a conference pack: nothing was opened.</source>
        <translation>Det här är ett bords export, inte ett konferenspaket: ingenting öppnades.</translation>
    </message>
    <message>
        <source>The bundle is dated far in the future: the sender&apos;s computer clock is wrong, or the file is forged. Ask the sender to set the right date and export again.</source>
        <translation>Paketet är daterat långt fram i tiden: avsändarens datorklocka går fel, eller så är filen förfalskad. Be avsändaren ställa in rätt datum och exportera igen.</translation>
    </message>
    <message>
        <source>The bundle holds text that is not valid characters: it was put together by hand or damaged. Ask the sender for a new copy.</source>
        <translation>Paketet innehåller text med ogiltiga tecken: det är hopsatt för hand eller skadat. Be avsändaren om en ny kopia.</translation>
    </message>
    <message>
        <source>The bundle brings changes in the name of a computer its key may not speak for (the secretariat&apos;s, this workspace&apos;s, or one at another table). It was not imported.</source>
        <translation>Paketet innehåller ändringar i namnet på en dator som nyckeln inte får tala för (sekretariatets, den här arbetsytans eller en dator vid ett annat bord). Det importerades inte.</translation>
    </message>
    <message>
        <source>Two laptops say they are the same chair&apos;s laptop from before its key changed: its profile was copied before each copy got a key of its own. Nothing of this bundle was imported; the details name the keys and say what to do.</source>
        <translation>Två datorer säger sig vara samma ordförandes dator från före nyckelbytet: profilen kopierades innan varje kopia fick en egen nyckel. Inget av paketet importerades; detaljerna visar vilka nycklar det gäller och vad som kan göras.</translation>
    </message>
    <message>
        <source>The bundle brings changes the same chair made with another key, without saying they are this laptop&apos;s own. It was not imported; the details say what to do.</source>
        <translation>Paketet för med ändringar som samma ordförande gjorde med en annan nyckel, utan att säga att de är den här datorns egna. Det importerades inte; detaljerna säger vad som kan göras.</translation>
    </message>
    <message>
        <source>The bundle passes on changes from another laptop at the same table that this workspace has not received from that laptop itself. Import that laptop&apos;s own export first, then this bundle again.</source>
        <translation>Paketet för vidare ändringar från en annan dator vid samma bord, som den här arbetsytan inte har fått från den datorn själv. Importera först den datorns egen export och sedan det här paketet igen.</translation>
    </message>
    <message>
        <source>The bundle holds a value Rundabord does not accept (for example an unknown kind of note or a negative vote count): it was put together by hand or damaged. Nothing of it was imported.</source>
        <translation>Paketet innehåller ett värde som Rundabord inte godtar (till exempel en okänd typ av anteckning eller ett negativt antal röster): det är hopsatt för hand eller skadat. Inget ur det importerades.</translation>
    </message>
    <message>
        <source>The bundle holds notes for a question or table the conference does not have. Import the conference pack first, or ask the sender for a new export.</source>
        <translation>Paketet innehåller anteckningar till en fråga eller ett bord som konferensen inte har. Importera konferenspaketet först, eller be avsändaren om en ny export.</translation>
    </message>
    <message>
        <source>The bundle has a lower number than a later bundle already imported from the same sender: an older state signed again. It was not imported; ask the sender to export anew.</source>
        <translation>Paketet har ett lägre nummer än ett senare paket som redan har importerats från samma avsändare: ett äldre läge som har signerats på nytt. Det importerades inte; be avsändaren att exportera på nytt.</translation>
    </message>
    <message>
        <source>The bundle is signed with a weak key that anyone could have made signatures for. It is not trusted and nothing of it was imported.</source>
        <translation>Paketet är signerat med en svag nyckel som vem som helst kan ha gjort signaturer för. Den godtas inte och inget ur paketet importerades.</translation>
    </message>
    <message>
        <source>The quarantine is full for this sender. Trust or reject the keys that are waiting first; then the file can be fetched again.</source>
        <translation>Karantänen är full för den här avsändaren. Lita på eller avvisa de nycklar som väntar först; sedan kan filen hämtas igen.</translation>
    </message>
    <message>
        <source>The bundle could not be checked because of an unexpected fault. Nothing of it was imported; the other files were handled as usual. The fault is written to the log.</source>
        <translation>Paketet kunde inte kontrolleras på grund av ett oväntat fel. Inget ur det importerades; de andra filerna hanterades som vanligt. Felet finns i loggen.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing of it was imported.</source>
        <translation>Paketet avvisades och ingenting av det importerades.</translation>
    </message>
    <message>
        <source>This workspace does not have the bundle&apos;s conference yet. Add the conference pack the chairs got, trust the secretariat&apos;s key and merge the pack first; then the tables&apos; bundles can come in.</source>
        <translation>Den här arbetsytan har inte paketets konferens än. Lägg till konferenspaketet som bordsordförandena fick, lita på sekretariatets nyckel och slå samman paketet först; sedan kan bordens paket läsas in.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Rundabord. Update Rundabord on this computer, or ask the table&apos;s chair to export it again in the oldest format (in her window: Conference › Sign and export in the oldest format…; or rundabord export --oldest-format) and open that export.</source>
        <translation>Paketet är skapat med en nyare version av Rundabord. Uppdatera Rundabord på den här datorn, eller be bordets ordförande att exportera det igen i det äldsta formatet (i hennes fönster: Konferens › Signera och exportera i äldsta formatet…; eller rundabord export --oldest-format) och öppna den exporten.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Teknisk uppgift: %1</translation>
    </message>
    <message>
        <source>This workspace was last used by a newer version of Rundabord. Update Rundabord, then open it again; nothing was changed.</source>
        <translation>Arbetsytan användes senast av en nyare version av Rundabord. Uppdatera Rundabord och öppna den sedan igen; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Rundabord is busy with another task (a sync or an import). Try again in a moment; nothing was changed.</source>
        <translation>Rundabord är upptaget med en annan uppgift (en synkronisering eller en import). Försök igen om en stund; inget ändrades.</translation>
    </message>
    <message>
        <source>What you asked for no longer exists: it may have been deleted or merged meanwhile. Nothing was changed.</source>
        <translation>Det du bad om finns inte längre: det kan ha tagits bort eller slagits samman under tiden. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Rundabord could not do this, and nothing was changed. The reason is below.</source>
        <translation>Rundabord kunde inte göra detta, och ingenting har ändrats. Orsaken står nedan.</translation>
    </message>
    <message>
        <source>The computer refused a file operation. Check that the disk has space and the folder can be written, then try again.</source>
        <translation>Datorn vägrade en filåtgärd. Kontrollera att det finns plats på disken och att mappen går att skriva i, och försök sedan igen.</translation>
    </message>
    <message>
        <source>Something went wrong that Rundabord did not expect. Your notes are saved. Try again; if it happens again, restart Rundabord and tell the secretariat what you did.</source>
        <translation>Något oväntat gick fel i Rundabord. Dina anteckningar är sparade. Försök igen; händer det igen, starta om Rundabord och berätta för sekretariatet vad du gjorde.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. Check them in the sync settings.</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet. Kontrollera dem i inställningarna för synkronisering.</translation>
    </message>
    <message>
        <source>The account may not write to the sync folder. Ask whoever manages the server.</source>
        <translation>Kontot får inte skriva i synkroniseringsmappen. Fråga den som ansvarar för servern.</translation>
    </message>
    <message>
        <source>There is no room left on the sync target. Free some space, then sync again.</source>
        <translation>Det finns inget utrymme kvar på synkroniseringsmålet. Frigör utrymme och synkronisera sedan igen.</translation>
    </message>
    <message>
        <source>The sync folder does not exist. Check the address in the sync settings.</source>
        <translation>Synkroniseringsmappen finns inte. Kontrollera adressen i inställningarna för synkronisering.</translation>
    </message>
    <message>
        <source>Someone else is using a file on the server right now. Rundabord tries again later.</source>
        <translation>Någon annan använder en fil på servern just nu. Rundabord försöker igen senare.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Rundabord tries again later.</source>
        <translation>Servern svarade inte i tid. Rundabord försöker igen senare.</translation>
    </message>
    <message>
        <source>The sync target cannot be reached: no network, or it is switched off. Your bundles wait in the outbox.</source>
        <translation>Synkroniseringsmålet går inte att nå: inget nätverk, eller så är det avstängt. Dina paket väntar i utkorgen.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written to (a locked USB stick?). Your bundles wait in the outbox.</source>
        <translation>Det går inte att skriva i synkroniseringsmappen (ett skrivskyddat USB-minne?). Dina paket väntar i utkorgen.</translation>
    </message>
    <message>
        <source>The server gave an answer it should not have. Rundabord tries again later.</source>
        <translation>Servern gav ett oväntat svar. Rundabord försöker igen senare.</translation>
    </message>
    <message>
        <source>This computer could not read or write its own files. Check the disk, then sync again.</source>
        <translation>Datorn kunde inte läsa eller skriva sina egna filer. Kontrollera disken och synkronisera sedan igen.</translation>
    </message>
    <message>
        <source>A file on the sync target is larger than any bundle and was not fetched.</source>
        <translation>En fil på synkroniseringsmålet är större än något paket kan vara och hämtades inte.</translation>
    </message>
    <message>
        <source>Another window or command is syncing this workspace right now. Try again when it has finished.</source>
        <translation>Ett annat fönster eller kommando synkar den här arbetsytan just nu. Försök igen när det är klart.</translation>
    </message>
    <message>
        <source>this conference</source>
        <translation>den här konferensen</translation>
    </message>
    <message>
        <source>dated more than a day ahead: the signer&apos;s clock may be wrong</source>
        <translation>daterat mer än ett dygn framåt: undertecknarens klocka kan gå fel</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>sekretariatet</translation>
    </message>
    <message>
        <source>revoked key</source>
        <translation>återkallad nyckel</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>inte betrodd</translation>
    </message>
    <message>
        <source>unknown key: held in quarantine until it is trusted or rejected in Collect</source>
        <translation>okänd nyckel: hålls i karantän tills den godkänns eller avvisas under Samla in</translation>
    </message>
    <message>
        <source>another bundle with number {number} from this signer was imported before</source>
        <translation>ett annat paket med nummer {number} från samma avsändare har importerats tidigare</translation>
    </message>
    <message>
        <source>older than bundle {newer} from the same signer, imported before; this one ({number}) changed nothing newer</source>
        <translation>äldre än paket {newer} från samma avsändare, som importerades tidigare; det här ({number}) ändrade inget nyare</translation>
    </message>
    <message>
        <source>bundle(s) {span} from this signer have not arrived yet</source>
        <translation>paket {span} från den här avsändaren har inte kommit in än</translation>
    </message>
    <message>
        <source>does not follow on from the signer&apos;s bundle {previous} imported here (two laptops?)</source>
        <translation>hänger inte ihop med avsändarens paket {previous} som importerats här (två datorer?)</translation>
    </message>
    <message>
        <source>{signer}&apos;s new key takes over the changes the laptop made with its earlier key ({key}): they count as its own</source>
        <translation>{signer}s nya nyckel tar över ändringarna som datorn gjorde med sin tidigare nyckel ({key}): de räknas som dess egna</translation>
    </message>
    <message>
        <source>{signer}&apos;s key ({key}) now signs two histories: the laptop&apos;s profile was copied to another computer (or put back from a backup), and changes that differ show as conflicts. The next conference pack you export tells the laptops that sign with this key: hand it to the chair. Each laptop needs its own identity</source>
        <translation>{signer}s nyckel ({key}) används nu på två datorer: datorns profil har kopierats till en annan dator (eller lagts tillbaka från en säkerhetskopia), och ändringar som skiljer sig visas som konflikter. Nästa konferenspaket du exporterar talar om det för datorerna som signerar med nyckeln: lämna det till ordföranden. Varje dator behöver en egen identitet</translation>
    </message>
    <message>
        <source>{signer} has seen two computers sign with this laptop&apos;s key ({key}): this laptop&apos;s profile was copied to another computer. Each laptop needs its own identity: export your tables, then give this laptop its own identity and send the new key card to the secretariat</source>
        <translation>{signer} har sett två datorer signera med den här datorns nyckel ({key}): datorns profil har kopierats till en annan dator. Varje dator behöver en egen identitet: exportera dina bord, ge sedan den här datorn en egen identitet och skicka det nya nyckelkortet till sekretariatet</translation>
    </message>
    <message>
        <source>numbered {number}, below bundle {newer} that the same signer made before it: the laptop&apos;s profile was copied to another computer (or put back from a backup). Its changes are weighed as another laptop&apos;s, so differing changes show as conflicts. Each laptop needs its own identity: ask the chair to give the laptop its own identity and send the new key card</source>
        <translation>har löpnummer {number}, lägre än paket {newer} som samma avsändare gjorde före det: datorns profil har kopierats till en annan dator (eller lagts tillbaka från en säkerhetskopia). Dess ändringar vägs som en annan dators, så ändringar som skiljer sig visas som konflikter. Varje dator behöver en egen identitet: be ordföranden ge datorn en egen identitet och skicka det nya nyckelkortet</translation>
    </message>
    <message>
        <source>{signer}&apos;s pack names {names} as this conference&apos;s secretariat too: their packs and follow-ups are taken as the secretariat&apos;s</source>
        <translation>{signer}s paket anger att även {names} hör till konferensens sekretariat: deras paket och uppföljningar tas emot som sekretariatets</translation>
    </message>
    <message>
        <source>{signer}&apos;s key is now this conference&apos;s secretariat key; compare its fingerprint with the secretariat&apos;s: {fingerprint}</source>
        <translation>{signer}s nyckel är nu konferensens sekretariatsnyckel; jämför fingeravtrycket med sekretariatets: {fingerprint}</translation>
    </message>
    <message>
        <source>conflicts to review: {count}</source>
        <translation>konflikter att granska: {count}</translation>
    </message>
    <message>
        <source>already imported on {when}</source>
        <translation>redan importerat {when}</translation>
    </message>
    <message>
        <source>{file} holds the notes of one table</source>
        <translation>{file} innehåller anteckningarna från ett enda bord</translation>
    </message>
    <message>
        <source>{file} was not taken: {why}</source>
        <translation>{file} togs inte emot: {why}</translation>
    </message>
    <message>
        <source>{file} in the outbox is not a readable bundle</source>
        <translation>{file} i utkorgen är inget läsbart paket</translation>
    </message>
    <message>
        <source>{file} in the outbox does not say which conference and table it is for</source>
        <translation>{file} i utkorgen säger inte vilken konferens och vilket bord det gäller</translation>
    </message>
    <message>
        <source>{file} left the outbox before it was sent</source>
        <translation>{file} försvann ur utkorgen innan det skickades</translation>
    </message>
    <message>
        <source>too large to be a bundle</source>
        <translation>för stor för att vara ett paket</translation>
    </message>
    <message>
        <source>could not be checked ({error}); the fault is in the log</source>
        <translation>kunde inte kontrolleras ({error}); felet finns i loggen</translation>
    </message>
    <message>
        <source>its clock stamps lie {days} days in the future (more than {tolerance} are not taken): the signer&apos;s computer clock is wrong, or the bundle is forged; set the date right there and export again</source>
        <translation>tidsstämplarna ligger {days} dagar fram i tiden (mer än {tolerance} tas inte emot): avsändarens datorklocka går fel, eller så är paketet förfalskat; ställ in rätt datum där och exportera igen</translation>
    </message>
    <message>
        <source>its number {number} is below bundle {newer} from the same signer, imported before and made earlier: the signer&apos;s numbering was turned back</source>
        <translation>löpnumret {number} är lägre än paket {newer} från samma avsändare, som togs emot tidigare och gjordes före: avsändarens numrering har vridits tillbaka</translation>
    </message>
    <message>
        <source>its number {number} is below bundle {newer} from the same signer, imported before and made earlier, and everything in it has already come here with that signer&apos;s bundles: an older state signed again. Nothing in it is lost by leaving it out</source>
        <translation>löpnumret {number} är lägre än paket {newer} från samma avsändare, som togs emot tidigare och gjordes före, och allt i det har redan kommit hit med avsändarens paket: ett äldre läge som signerats igen. Ingenting i det går förlorat när det lämnas utanför</translation>
    </message>
    <message>
        <source>signed by the key {key}, which was revoked or rejected here</source>
        <translation>signerat med nyckeln {key}, som har återkallats eller avvisats här</translation>
    </message>
    <message>
        <source>this conference was opened from a pack signed by {signer} (key {pinned}); this pack is signed by another key ({key})</source>
        <translation>konferensen öppnades från ett paket signerat av {signer} (nyckel {pinned}); det här paketet är signerat med en annan nyckel ({key})</translation>
    </message>
    <message>
        <source>{count} bundles from the unknown key {key} already wait in quarantine; trust or reject the key first</source>
        <translation>{count} paket från den okända nyckeln {key} väntar redan i karantänen; godkänn eller avvisa nyckeln först</translation>
    </message>
    <message>
        <source>the quarantine is full ({mib} MiB held); trust or reject the waiting keys first</source>
        <translation>karantänen är full ({mib} MiB); godkänn eller avvisa de väntande nycklarna först</translation>
    </message>
    <message>
        <source>the bundle just written does not read back as signed</source>
        <translation>paketet som just skrevs gick inte att läsa tillbaka som det signerades</translation>
    </message>
    <message>
        <source>{path}: the file does not exist</source>
        <translation>{path}: filen finns inte</translation>
    </message>
    <message>
        <source>{path}: a folder, not a bundle</source>
        <translation>{path}: en mapp, inte ett paket</translation>
    </message>
    <message>
        <source>{path} is not a file but a device or a pipe: choose the file itself.</source>
        <translation>{path} är ingen fil utan en enhet eller en pipe: välj själva filen.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({error})</source>
        <translation>{path}: filen går inte att läsa ({error})</translation>
    </message>
    <message>
        <source>larger than {mib} MiB: not a bundle Rundabord reads</source>
        <translation>större än {mib} MiB: inget paket som Rundabord läser</translation>
    </message>
    <message>
        <source>the file is empty or cut short: an incomplete copy</source>
        <translation>filen är tom eller avkortad: en ofullständig kopia</translation>
    </message>
    <message>
        <source>the file ends early (its table of contents is missing): an incomplete copy</source>
        <translation>filen tar slut för tidigt (innehållsförteckningen saknas): en ofullständig kopia</translation>
    </message>
    <message>
        <source>the file ends early (its table of contents is cut short): an incomplete copy</source>
        <translation>filen tar slut för tidigt (innehållsförteckningen är avkortad): en ofullständig kopia</translation>
    </message>
    <message>
        <source>not a Rundabord bundle (not a zip file); ask the sender for the .rbz file Rundabord wrote</source>
        <translation>inget Rundabord-paket (ingen zip-fil); be avsändaren om .rbz-filen som Rundabord skrev</translation>
    </message>
    <message>
        <source>the zip file is damaged and cannot be opened</source>
        <translation>zip-filen är skadad och går inte att öppna</translation>
    </message>
    <message>
        <source>there is extra data after the end of the zip file</source>
        <translation>det finns extra data efter zip-filens slut</translation>
    </message>
    <message>
        <source>the zip file says it is split over several disks</source>
        <translation>zip-filen säger sig vara uppdelad på flera diskar</translation>
    </message>
    <message>
        <source>the zip file uses an extension (ZIP64) a bundle never needs</source>
        <translation>zip-filen använder ett tillägg (ZIP64) som ett paket aldrig behöver</translation>
    </message>
    <message>
        <source>the file holds {entries} parts; a bundle has {expected}</source>
        <translation>filen består av {entries} delar; ett paket har {expected}</translation>
    </message>
    <message>
        <source>the file holds hidden data between its parts</source>
        <translation>filen har dolda data mellan sina delar</translation>
    </message>
    <message>
        <source>the file holds hidden data after its parts</source>
        <translation>filen har dolda data efter sina delar</translation>
    </message>
    <message>
        <source>the parts would be far too large once unpacked (a zip bomb)</source>
        <translation>delarna skulle bli alldeles för stora när de packas upp (en så kallad zip-bomb)</translation>
    </message>
    <message>
        <source>the part {member} is larger than {cap} bytes</source>
        <translation>delen {member} är större än {cap} byte</translation>
    </message>
    <message>
        <source>the part {member} unpacks to more than {ratio} times its size (a zip bomb)</source>
        <translation>delen {member} blir mer än {ratio} gånger större när den packas upp (en så kallad zip-bomb)</translation>
    </message>
    <message>
        <source>the part {member} is damaged or altered (its checksum does not match)</source>
        <translation>delen {member} är skadad eller ändrad (kontrollsumman stämmer inte)</translation>
    </message>
    <message>
        <source>the part {member} is damaged and cannot be unpacked</source>
        <translation>delen {member} är skadad och går inte att packa upp</translation>
    </message>
    <message>
        <source>the part {member} is not the size the file says</source>
        <translation>delen {member} har inte den storlek som filen anger</translation>
    </message>
    <message>
        <source>the part {member} is not where the file says</source>
        <translation>delen {member} ligger inte där filen anger</translation>
    </message>
    <message>
        <source>the part {member} has two different names</source>
        <translation>delen {member} har två olika namn</translation>
    </message>
    <message>
        <source>a part&apos;s name {member} holds invisible control characters</source>
        <translation>namnet på en del ({member}) innehåller osynliga styrtecken</translation>
    </message>
    <message>
        <source>a part says it lies on another disk</source>
        <translation>en del säger sig ligga på en annan disk</translation>
    </message>
    <message>
        <source>a part has no name</source>
        <translation>en del saknar namn</translation>
    </message>
    <message>
        <source>the part {member} points to a place outside the bundle</source>
        <translation>delen {member} pekar på en plats utanför paketet</translation>
    </message>
    <message>
        <source>the part {member} points to a place outside the bundle (../)</source>
        <translation>delen {member} pekar på en plats utanför paketet (../)</translation>
    </message>
    <message>
        <source>the part {member} is a link to another file</source>
        <translation>delen {member} är en länk till en annan fil</translation>
    </message>
    <message>
        <source>the part {member} lies in a folder; a bundle has none</source>
        <translation>delen {member} ligger i en mapp; ett paket har inga mappar</translation>
    </message>
    <message>
        <source>the part {member} occurs {times} times</source>
        <translation>delen {member} finns {times} gånger</translation>
    </message>
    <message>
        <source>the part {member} differs from {twin} only by capital letters or accents</source>
        <translation>delen {member} skiljer sig från {twin} bara i stora bokstäver eller accenter</translation>
    </message>
    <message>
        <source>the file holds a part a bundle does not have: {member}</source>
        <translation>filen innehåller en del som ett paket inte har: {member}</translation>
    </message>
    <message>
        <source>the part {member} is encrypted</source>
        <translation>delen {member} är krypterad</translation>
    </message>
    <message>
        <source>the part {member} is packed in an unknown way</source>
        <translation>delen {member} är packad på ett okänt sätt</translation>
    </message>
    <message>
        <source>the part {member} is missing</source>
        <translation>delen {member} saknas</translation>
    </message>
    <message>
        <source>{member} is not what was signed (altered or swapped)</source>
        <translation>{member} är inte det som signerades (ändrad eller utbytt)</translation>
    </message>
    <message>
        <source>the part {member} was added after signing</source>
        <translation>delen {member} har lagts till efter signeringen</translation>
    </message>
    <message>
        <source>the file holds a photo ({member}) that its format version cannot have</source>
        <translation>filen innehåller ett foto ({member}), men dess formatversion kan inte ha foton</translation>
    </message>
    <message>
        <source>the bundle holds more than {most} photos</source>
        <translation>paketet innehåller fler än {most} foton</translation>
    </message>
    <message>
        <source>{path} is a folder; give the document a file name</source>
        <translation>{path} är en mapp; ge dokumentet ett filnamn</translation>
    </message>
    <message>
        <source>{path} is not a file but a device or a pipe; give the document a file name</source>
        <translation>{path} är ingen vanlig fil utan en specialfil (en enhet eller en namngiven pipe); ge dokumentet ett filnamn</translation>
    </message>
    <message>
        <source>{folder}: the folder is not there (was a USB stick removed?); choose another</source>
        <translation>{folder}: mappen finns inte (togs ett USB-minne ut?); välj en annan</translation>
    </message>
    <message>
        <source>{folder} cannot be written to: the disk or folder is read-only (a write-protected USB stick, a read-only network folder or missing permission). Slide the stick&apos;s lock switch off, or choose another folder.</source>
        <translation>Det går inte att skriva i {folder}: disken eller mappen är skrivskyddad (ett skrivskyddat USB-minne, en skrivskyddad nätverksmapp eller saknad behörighet). Skjut av låset på minnet eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>{path} could not be saved: the disk is full. Delete or move files you do not need, or choose another disk.</source>
        <translation>{path} kunde inte sparas: disken är full. Ta bort eller flytta filer du inte behöver, eller välj en annan disk.</translation>
    </message>
    <message>
        <source>{path} could not be saved (technical detail: {detail})</source>
        <translation>{path} kunde inte sparas (teknisk uppgift: {detail})</translation>
    </message>
    <message>
        <source>{file}: the file is not saved as UTF-8 text; save it as UTF-8 and load it again</source>
        <translation>{file}: filen är inte sparad som UTF-8-text; spara den som UTF-8 och läs in den igen</translation>
    </message>
    <message>
        <source>{file}: larger than {mib} MiB, so not a conference description</source>
        <translation>{file}: större än {mib} MiB, alltså ingen konferensbeskrivning</translation>
    </message>
    <message>
        <source>{file}: the TOML is wrong at line {line}, character {column} (look for a missing quote, bracket or equals sign there; technical detail: {detail})</source>
        <translation>{file}: TOML-texten är fel på rad {line}, tecken {column} (leta efter ett citattecken, en hakparentes eller ett likhetstecken som saknas där; teknisk uppgift: {detail})</translation>
    </message>
    <message>
        <source>{file}: the TOML is wrong (technical detail: {detail})</source>
        <translation>{file}: TOML-texten är fel (teknisk uppgift: {detail})</translation>
    </message>
    <message>
        <source>{file}: the description needs a [process] and a [conference] section</source>
        <translation>{file}: beskrivningen behöver avsnitten [process] och [conference]</translation>
    </message>
    <message>
        <source>{file}: the section [{section}] lacks {key!r}</source>
        <translation>{file}: avsnittet [{section}] saknar {key!r}</translation>
    </message>
    <message>
        <source>{file}: question {number} lacks its &apos;text&apos;</source>
        <translation>{file}: fråga {number} saknar sin ”text”</translation>
    </message>
    <message>
        <source>{file}: table {number} lacks a &apos;number&apos; that is a whole number</source>
        <translation>{file}: bord {number} saknar ett ”number” som är ett heltal</translation>
    </message>
    <message>
        <source>{file}: the themes under [process] must be a list of names</source>
        <translation>{file}: temana under [process] ska vara en lista med namn</translation>
    </message>
    <message>
        <source>{file}: a theme is listed twice under [process]</source>
        <translation>{file}: ett tema står två gånger under [process]</translation>
    </message>
    <message>
        <source>{file}: the description needs at least one question ([[questions]])</source>
        <translation>{file}: beskrivningen behöver minst en fråga ([[questions]])</translation>
    </message>
    <message>
        <source>{file}: the description needs at least one table ([[tables]])</source>
        <translation>{file}: beskrivningen behöver minst ett bord ([[tables]])</translation>
    </message>
    <message>
        <source>{file}: the same table number is used twice</source>
        <translation>{file}: samma bordsnummer används två gånger</translation>
    </message>
    <message>
        <source>{file}: table numbers start at 1</source>
        <translation>{file}: bordsnumren börjar på 1</translation>
    </message>
    <message>
        <source>{file}: the date under [conference], “{value}”, is not a date: write it as 2026-03-12</source>
        <translation>{file}: datumet under [conference], ”{value}”, är inget datum: skriv det som 2026-03-12</translation>
    </message>
    <message>
        <source>{file}: round_minutes is a round&apos;s length in whole minutes, not “{value}”</source>
        <translation>{file}: round_minutes är en rundas längd i hela minuter, inte ”{value}”</translation>
    </message>
    <message>
        <source>{file}: table {number}: participants is a whole number, not “{value}”</source>
        <translation>{file}: bord {number}: participants är ett heltal, inte ”{value}”</translation>
    </message>
    <message>
        <source>the signature is not readable</source>
        <translation>signaturen går inte att läsa</translation>
    </message>
    <message>
        <source>the signature has the wrong length</source>
        <translation>signaturen har fel längd</translation>
    </message>
    <message>
        <source>a key of the wrong length</source>
        <translation>en nyckel med fel längd</translation>
    </message>
    <message>
        <source>a weak key</source>
        <translation>en svag nyckel</translation>
    </message>
    <message>
        <source>the key&apos;s short id does not belong to the key</source>
        <translation>nyckelns korta id hör inte till nyckeln</translation>
    </message>
    <message>
        <source>the contents list is not readable text</source>
        <translation>innehållsförteckningen är inte läsbar text</translation>
    </message>
    <message>
        <source>the contents list: {problem}</source>
        <translation>innehållsförteckningen: {problem}</translation>
    </message>
    <message>
        <source>the contents list cannot be read: {problem}</source>
        <translation>innehållsförteckningen går inte att läsa: {problem}</translation>
    </message>
    <message>
        <source>not a Rundabord bundle (another kind of file)</source>
        <translation>inget Rundabord-paket (en annan sorts fil)</translation>
    </message>
    <message>
        <source>made by a newer Rundabord (bundle format {version})</source>
        <translation>gjort med en nyare version av Rundabord (paketformat {version})</translation>
    </message>
    <message>
        <source>says it was made by a newer Rundabord (bundle format {version}), unconfirmed: its signature cannot be checked here</source>
        <translation>säger sig vara gjort med en nyare version av Rundabord (paketformat {version}), obekräftat: signaturen kan inte kontrolleras här</translation>
    </message>
    <message>
        <source>the contents list&apos;s field {part} is malformed</source>
        <translation>fältet {part} i innehållsförteckningen är felaktigt</translation>
    </message>
    <message>
        <source>the bundle says it covers table {table} but holds nothing of it</source>
        <translation>paketet säger att det gäller bord {table} men innehåller inget från det bordet</translation>
    </message>
    <message>
        <source>the bundle holds a record of table {table}, which it does not say it covers</source>
        <translation>paketet innehåller uppgifter om bord {table}, som det inte säger att det gäller</translation>
    </message>
    <message>
        <source>the bundle does not hold the number of records its contents list states</source>
        <translation>paketet innehåller inte så många uppgifter som innehållsförteckningen anger</translation>
    </message>
    <message>
        <source>the notes part ends in the middle of a line</source>
        <translation>anteckningsdelen slutar mitt på en rad</translation>
    </message>
    <message>
        <source>line {line} of the notes is longer than {most} bytes</source>
        <translation>rad {line} i anteckningsdelen är längre än {most} byte</translation>
    </message>
    <message>
        <source>line {line} of the notes is not readable text</source>
        <translation>rad {line} i anteckningsdelen är inte läsbar text</translation>
    </message>
    <message>
        <source>line {line} of the notes: {problem}</source>
        <translation>rad {line} i anteckningsdelen: {problem}</translation>
    </message>
    <message>
        <source>the name {key} occurs twice</source>
        <translation>namnet {key} förekommer två gånger</translation>
    </message>
    <message>
        <source>{name} is not a number</source>
        <translation>{name} är inget tal</translation>
    </message>
    <message>
        <source>a decimal number ({number}), which a bundle never holds</source>
        <translation>ett decimaltal ({number}), vilket ett paket aldrig innehåller</translation>
    </message>
    <message>
        <source>a number that is too large</source>
        <translation>ett för stort tal</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>för djupt nästlad</translation>
    </message>
    <message>
        <source>not valid JSON (at character {position})</source>
        <translation>ogiltig JSON (vid tecken {position})</translation>
    </message>
    <message>
        <source>a text holds a character that does not exist</source>
        <translation>en text innehåller ett tecken som inte finns</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>ingen uppgift</translation>
    </message>
    <message>
        <source>missing fields: {fields}</source>
        <translation>saknade fält: {fields}</translation>
    </message>
    <message>
        <source>a malformed id</source>
        <translation>ett felaktigt id</translation>
    </message>
    <message>
        <source>a malformed computer id</source>
        <translation>ett felaktigt dator-id</translation>
    </message>
    <message>
        <source>a malformed time stamp</source>
        <translation>en felaktig tidsstämpel</translation>
    </message>
    <message>
        <source>a malformed deleted mark</source>
        <translation>en felaktig borttagningsmarkering</translation>
    </message>
    <message>
        <source>malformed time stamps of its fields</source>
        <translation>felaktiga tidsstämplar för fälten</translation>
    </message>
    <message>
        <source>malformed claims of what its writer had seen</source>
        <translation>felaktiga uppgifter om vad dess skribent hade sett</translation>
    </message>
    <message>
        <source>claims what its writer had seen, which only a bundle of format 3 may</source>
        <translation>uppger vad dess skribent hade sett, vilket bara ett paket i format 3 får göra</translation>
    </message>
    <message>
        <source>the record {id} occurs twice</source>
        <translation>uppgiften {id} förekommer två gånger</translation>
    </message>
    <message>
        <source>the field {field} is not a whole number</source>
        <translation>fältet {field} är inget heltal</translation>
    </message>
    <message>
        <source>the field {field} is not text</source>
        <translation>fältet {field} är ingen text</translation>
    </message>
    <message>
        <source>the field {field} is not a list</source>
        <translation>fältet {field} är ingen lista</translation>
    </message>
    <message>
        <source>the field {field} is longer than {most} characters</source>
        <translation>fältet {field} är längre än {most} tecken</translation>
    </message>
    <message>
        <source>the field {field} of a {type} record holds {value}, which is not allowed</source>
        <translation>fältet {field} i en uppgift av typen {type} har värdet {value}, som inte är tillåtet</translation>
    </message>
    <message>
        <source>not a record in the compact form</source>
        <translation>ingen uppgift i den kompakta formen</translation>
    </message>
    <message>
        <source>a {type} record needs {count} values</source>
        <translation>en uppgift av typen {type} ska ha {count} värden</translation>
    </message>
    <message>
        <source>a malformed time stamp of a field</source>
        <translation>en felaktig tidsstämpel för ett fält</translation>
    </message>
    <message>
        <source>time stamps that name their fields wrongly</source>
        <translation>tidsstämplar som anger sina fält fel</translation>
    </message>
    <message>
        <source>the same time stamp twice</source>
        <translation>samma tidsstämpel två gånger</translation>
    </message>
    <message>
        <source>the photo {member} is not named by its contents</source>
        <translation>fotot {member} har inte det namn som innehållet ger</translation>
    </message>
    <message>
        <source>a photo in the bundle is refused: {problem}</source>
        <translation>ett foto i paketet tas inte emot: {problem}</translation>
    </message>
    <message>
        <source>the photo {member} is a {actual} image under another file type ({extension})</source>
        <translation>fotot {member} är en {actual}-bild med en annan filtyp ({extension})</translation>
    </message>
    <message>
        <source>a photo&apos;s record names no image or an unknown image type</source>
        <translation>uppgiften om ett foto anger ingen bild eller en okänd bildtyp</translation>
    </message>
    <message>
        <source>the photo record {record:.8} names another image type</source>
        <translation>fotouppgiften {record:.8} anger en annan bildtyp</translation>
    </message>
    <message>
        <source>the photo record {record:.8} has no image in the bundle</source>
        <translation>fotouppgiften {record:.8} har ingen bild i paketet</translation>
    </message>
    <message>
        <source>the bundle holds a photo that no record names</source>
        <translation>paketet innehåller ett foto som ingen uppgift nämner</translation>
    </message>
    <message>
        <source>larger than {mib} MiB</source>
        <translation>större än {mib} MiB</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image</source>
        <translation>ingen PNG- eller JPEG-bild</translation>
    </message>
    <message>
        <source>{width}×{height} pixels is not a photo of a sheet of paper</source>
        <translation>{width}×{height} bildpunkter är inget foto av ett pappersark</translation>
    </message>
    <message>
        <source>the {kind} image is damaged</source>
        <translation>{kind}-bilden är skadad</translation>
    </message>
    <message>
        <source>a note answers a question the conference does not have (note {note:.8})</source>
        <translation>en anteckning svarar på en fråga som konferensen inte har (anteckning {note:.8})</translation>
    </message>
    <message>
        <source>a note belongs to table {table}, which the conference lacks</source>
        <translation>en anteckning hör till bord {table}, som konferensen inte har</translation>
    </message>
    <message>
        <source>a bundle format no Rundabord writes ({version}): altered or made by another program</source>
        <translation>ett paketformat som ingen version av Rundabord skriver ({version}): ändrat eller gjort med ett annat program</translation>
    </message>
    <message>
        <source>the contents list has fields this Rundabord does not know ({fields}): if a newer Rundabord made it, update Rundabord, or ask the table&apos;s chair to export it again in the oldest format (in her window: Conference › Sign and export in the oldest format…; or rundabord export --oldest-format)</source>
        <translation>innehållsförteckningen har fält som den här versionen av Rundabord inte känner till ({fields}): om en nyare version gjorde det, uppdatera Rundabord, eller be bordets ordförande exportera det igen i det äldsta formatet (i hennes fönster: Konferens › Signera och exportera i äldsta formatet…; eller rundabord export --oldest-format)</translation>
    </message>
    <message>
        <source>made by a newer Rundabord: it asks to be handled in a way this version does not know; update Rundabord to read it</source>
        <translation>gjord av en nyare Rundabord: den ska hanteras på ett sätt som den här versionen inte känner till; uppdatera Rundabord för att läsa den</translation>
    </message>
    <message>
        <source>made by a newer Rundabord (unknown way of writing notes); the table&apos;s chair can also export it again in the oldest format (in her window: Conference › Sign and export in the oldest format…; or rundabord export --oldest-format)</source>
        <translation>gjort med en nyare version av Rundabord (okänt sätt att skriva anteckningarna); bordets ordförande kan också exportera det igen i det äldsta formatet (i hennes fönster: Konferens › Signera och exportera i äldsta formatet…; eller rundabord export --oldest-format)</translation>
    </message>
    <message>
        <source>fields a record does not have (from a newer Rundabord? Then update Rundabord)</source>
        <translation>fält som en uppgift inte har (från en nyare version av Rundabord? Uppdatera i så fall Rundabord)</translation>
    </message>
    <message>
        <source>an unknown kind of record ({type}) (from a newer Rundabord? Then update Rundabord)</source>
        <translation>en okänd sorts uppgift ({type}) (från en nyare version av Rundabord? Uppdatera i så fall Rundabord)</translation>
    </message>
    <message>
        <source>a {type} record with the wrong fields (from a newer Rundabord? Then update Rundabord)</source>
        <translation>en uppgift av typen {type} med fel fält (från en nyare version av Rundabord? Uppdatera i så fall Rundabord)</translation>
    </message>
    <message>
        <source>This export carries changes you made before your signing key was renewed. The secretariat can read it only if their Rundabord can renew signing keys, which a version from December 2026 or later can. If theirs cannot, ask them to update Rundabord before they import this export.</source>
        <translation>Exporten innehåller ändringar du gjorde innan din signeringsnyckel förnyades. Sekretariatet kan läsa den bara om deras Rundabord kan förnya signeringsnycklar, vilket en version från december 2026 eller senare kan. Om deras inte kan det, be dem uppdatera Rundabord innan de importerar exporten.</translation>
    </message>
    <message>
        <source>This export carries photos or typed-in paper sheets of the table. The secretariat can read it only if their Rundabord can take in photos and paper sheets, which a version from December 2026 or later can. If theirs cannot, ask them to update Rundabord before they import this export.</source>
        <translation>Exporten innehåller foton eller inskrivna pappersark från bordet. Sekretariatet kan läsa den bara om deras Rundabord kan ta emot foton och pappersark, vilket en version från december 2026 eller senare kan. Om deras inte kan det, be dem uppdatera Rundabord innan de importerar exporten.</translation>
    </message>
    <message>
        <source>the bundle says it was made on a computer that a pack from the secretariat “{name}” (key {key} in Trusted keys) names as one of the secretariat&apos;s own. If it is the chair&apos;s own computer, ask that secretariat why its pack names it; until then a chair who has not renewed her key can export again in the oldest format (in her window: Conference › Sign and export in the oldest format…; or rundabord export --oldest-format).</source>
        <translation>paketet säger att det gjordes på en dator som ett konferenspaket från sekretariatet ”{name}” (nyckel {key} i Betrodda nycklar) anger som en av sekretariatets egna. Om det är ordförandens egen dator, fråga det sekretariatet varför paketet anger den; till dess kan en ordförande som inte har förnyat sin nyckel exportera igen i det äldsta formatet (i hennes fönster: Konferens › Signera och exportera i äldsta formatet…; eller rundabord export --oldest-format).</translation>
    </message>
    <message>
        <source>This is the follow-up for table {tables}. This computer chairs table {mine} and does not take another table&apos;s notes.</source>
        <translation>Det här är uppföljningen till bord {tables}. Den här datorn är ordförande för bord {mine} och tar inte emot ett annat bords anteckningar.</translation>
    </message>
    <message>
        <source>This is the follow-up for table {tables}. This computer chairs no table of that conference yet: write a note at your table (or export it), then open the file again.</source>
        <translation>Det här är uppföljningen till bord {tables}. Den här datorn är ännu inte ordförande för något bord i den konferensen: skriv en anteckning vid ditt bord (eller exportera det) och öppna sedan filen igen.</translation>
    </message>
    <message>
        <source>This is a secretariat&apos;s whole record for a colleague secretariat, with what the personal-data review found: a chair&apos;s computer does not take it.</source>
        <translation>Det här är ett sekretariats hela underlag till ett annat sekretariat, med det som granskningen av personuppgifter hittade: en ordförandes dator tar inte emot det.</translation>
    </message>
    <message>
        <source>This is the follow-up for table {tables} of a conference this computer does not have: open the conference pack first.</source>
        <translation>Det här är uppföljningen till bord {tables} i en konferens som inte finns på den här datorn: öppna konferenspaketet först.</translation>
    </message>
    <message>
        <source>only the secretariat may send a conference pack; the sender is {trusted}</source>
        <translation>bara sekretariatet får skicka ett konferenspaket; avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle is for table {table}, but the sender is {trusted}</source>
        <translation>paketet gäller bord {table}, men avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle changes table {table}, but the sender is {trusted}</source>
        <translation>paketet ändrar bord {table}, men avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle changes the conference itself, which only the secretariat may; the sender is {trusted}</source>
        <translation>paketet ändrar själva konferensen, vilket bara sekretariatet får göra; avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle changes what only the secretariat may change; the sender is {trusted}</source>
        <translation>paketet ändrar sådant som bara sekretariatet får ändra; avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle gives a record here another kind ({incoming} instead of {here})</source>
        <translation>paketet gör en uppgift här till en annan sort ({incoming} i stället för {here})</translation>
    </message>
    <message>
        <source>the bundle changes a record that belongs to table {table}; the sender is {trusted}</source>
        <translation>paketet ändrar en uppgift som hör till bord {table}; avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle changes a record of the conference itself; the sender is {trusted}</source>
        <translation>paketet ändrar en uppgift om själva konferensen; avsändaren är här betrodd endast som {trusted}</translation>
    </message>
    <message>
        <source>the bundle brings table {table}, which this computer does not have; import the conference pack first</source>
        <translation>paketet innehåller bord {table}, som den här datorn inte har; importera konferenspaketet först</translation>
    </message>
    <message>
        <source>the bundle changes the table&apos;s {field}, which only the secretariat may change</source>
        <translation>paketet ändrar bordets uppgifter ({field}), vilket bara sekretariatet får göra</translation>
    </message>
    <message>
        <source>the bundle says table {table}&apos;s paper notes were typed in by the secretariat; a chair may only bring notes a chair typed</source>
        <translation>paketet säger att sekretariatet skrev in pappersanteckningarna från bord {table}; en bordsordförande får bara skicka anteckningar som en bordsordförande skrivit in</translation>
    </message>
    <message>
        <source>the bundle says nobody named typed in table {table}&apos;s paper notes; a chair may only bring notes a chair typed</source>
        <translation>paketet säger inte vem som skrev in pappersanteckningarna från bord {table}; en bordsordförande får bara skicka anteckningar som en bordsordförande skrivit in</translation>
    </message>
    <message>
        <source>the bundle changes the series of another conference, opened from a pack signed by another key ({key})</source>
        <translation>paketet ändrar konferensserien för en annan konferens, som öppnades från ett paket signerat med en annan nyckel ({key})</translation>
    </message>
    <message>
        <source>the bundle says it was made on a computer that belongs to another key ({key})</source>
        <translation>paketet säger att det gjordes på en dator som hör till en annan nyckel ({key})</translation>
    </message>
    <message>
        <source>the bundle says what a change from another computer had seen; only that computer or the secretariat may say so</source>
        <translation>paketet säger vad en ändring från en annan dator hade sett; det får bara den datorn eller sekretariatet säga</translation>
    </message>
    <message>
        <source>the bundle brings changes in the name of this computer</source>
        <translation>paketet innehåller ändringar i den här datorns namn</translation>
    </message>
    <message>
        <source>the bundle brings changes in the name of the secretariat (key {key})</source>
        <translation>paketet innehåller ändringar i sekretariatets namn (nyckel {key})</translation>
    </message>
    <message>
        <source>the bundle brings changes in the name of a computer at another table than {table} (key {key})</source>
        <translation>paketet innehåller ändringar i namnet på en dator vid ett annat bord än bord {table} (nyckel {key})</translation>
    </message>
    <message>
        <source>the bundle says its laptop used to write as another workspace, but another key ({key}) has already taken over that workspace&apos;s changes here</source>
        <translation>paketet säger att datorn tidigare skrev som en annan arbetsyta, men en annan nyckel ({key}) har redan tagit över den arbetsytans ändringar här</translation>
    </message>
    <message>
        <source>two laptops say they are the laptop {name} used before the key changed: the key {key} took over its changes here on {when}, and this bundle&apos;s key ({signer_key}) claims them too. The laptop&apos;s profile was copied before each copy got a key of its own, so the copies&apos; changes under the old key cannot be told apart, and nothing of this bundle was merged. Ask {name} which laptop to go on with; what was written only on the other one has to be typed in again there</source>
        <translation>två datorer säger sig vara den dator som {name} använde före nyckelbytet: nyckeln {key} tog över dess ändringar här {when}, och det här paketets nyckel ({signer_key}) gör samma anspråk. Datorns profil kopierades innan varje kopia fick en egen nyckel, så kopiornas ändringar med den gamla nyckeln går inte att skilja åt, och inget av paketet slogs samman. Fråga {name} vilken dator som ska användas framöver; det som bara skrevs på den andra måste skrivas in igen där</translation>
    </message>
    <message>
        <source>the bundle from {name}&apos;s key {signer_key} brings changes that {name}&apos;s key {key} made and has not sent here itself. Either it is {name}&apos;s other laptop passing them on: import that laptop&apos;s own export first, then this one again. Or the laptop changed its key with an older Rundabord that did not note its former workspace: ask {name} to update Rundabord on that laptop and export again; the export then says so and comes in</source>
        <translation>paketet från nyckeln {signer_key}, betrodd som {name}, för med ändringar som nyckeln {key}, också betrodd som {name}, har gjort men inte skickat hit själv. Antingen är det en annan dator som {name} använder som för dem vidare: läs då in den datorns egen export först och sedan det här paketet igen. Eller så bytte datorn nyckel med en äldre Rundabord som inte noterade dess tidigare arbetsyta: be då {name} uppdatera Rundabord på datorn och exportera igen; exporten säger det då och tas emot</translation>
    </message>
    <message>
        <source>the bundle says its laptop used to write with the key {key}, but the signer is trusted here as {name} and that key as {other}. Only the same chair&apos;s new key may take over the changes made with the old one: if it is the same chair, trust the new key card under the chair&apos;s name</source>
        <translation>paketet säger att datorn tidigare skrev med nyckeln {key}, men avsändaren är betrodd här som {name} och den nyckeln som {other}. Bara samma ordförandes nya nyckel får ta över ändringarna som gjordes med den gamla: om det är samma ordförande, lita på det nya nyckelkortet under ordförandens namn</translation>
    </message>
    <message>
        <source>the bundle passes on a change from another laptop (key {key}) that laptop&apos;s own bundles have not brought here; import that laptop&apos;s bundles first</source>
        <translation>paketet för vidare en ändring från en annan dator vid bordet (nyckel {key}) som den datorns egna paket inte har lämnat här; importera den datorns paket först</translation>
    </message>
    <message>
        <source>the bundle passes on a change from another laptop (key {key}) that does not fit with what that laptop itself sent</source>
        <translation>paketet för vidare en ändring från en annan dator vid bordet (nyckel {key}) som inte stämmer med det den datorn själv har skickat</translation>
    </message>
    <message>
        <source>Give the process a name.</source>
        <translation>Ge processen ett namn.</translation>
    </message>
    <message>
        <source>Give the theme a name.</source>
        <translation>Ge temat ett namn.</translation>
    </message>
    <message>
        <source>Give the conference a title.</source>
        <translation>Ge konferensen en rubrik.</translation>
    </message>
    <message>
        <source>Write the question&apos;s text.</source>
        <translation>Skriv frågans text.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2026-03-12.</source>
        <translation>”{value}” är inget datum: skriv det som 2026-03-12.</translation>
    </message>
    <message>
        <source>A round&apos;s length is whole minutes, not “{value}”.</source>
        <translation>En runda är ett helt antal minuter, inte ”{value}”.</translation>
    </message>
    <message>
        <source>A round lasts 1 to {most} minutes, not {minutes}.</source>
        <translation>En runda är 1 till {most} minuter, inte {minutes}.</translation>
    </message>
    <message>
        <source>There is already a process named “{name}”.</source>
        <translation>Det finns redan en process som heter ”{name}”.</translation>
    </message>
    <message>
        <source>The process already has a theme named “{name}”.</source>
        <translation>Processen har redan ett tema som heter ”{name}”.</translation>
    </message>
    <message>
        <source>Question {position} already has notes ({count}). Move them to another question first.</source>
        <translation>Fråga {position} har redan anteckningar ({count}). Flytta dem till en annan fråga först.</translation>
    </message>
    <message>
        <source>A table&apos;s number is a whole number, not “{number}”.</source>
        <translation>Ett bords nummer är ett heltal, inte ”{number}”.</translation>
    </message>
    <message>
        <source>Table numbers start at 1.</source>
        <translation>Bordsnumren börjar på 1.</translation>
    </message>
    <message>
        <source>Table {number} already exists (chair: {chair}).</source>
        <translation>Bord {number} finns redan (bordsordförande: {chair}).</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Antalet deltagare kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Table {number} already has notes ({count}), which refer to its number: the number stays.</source>
        <translation>Bord {number} har redan anteckningar ({count}), som hänvisar till dess nummer: numret ligger fast.</translation>
    </message>
    <message>
        <source>Table {number} already has notes ({count}), so it cannot be deleted.</source>
        <translation>Bord {number} har redan anteckningar ({count}) och kan därför inte tas bort.</translation>
    </message>
    <message>
        <source>Write the words to publish instead.</source>
        <translation>Skriv orden som ska publiceras i stället.</translation>
    </message>
    <message>
        <source>This is this workspace&apos;s own key. It goes by the name of your identity, which the key list does not change.</source>
        <translation>Det här är arbetsytans egen nyckel. Den heter som din identitet, och det namnet ändras inte i nyckellistan.</translation>
    </message>
    <message>
        <source>This is this workspace&apos;s own key, which signs everything sent from here. It cannot be revoked.</source>
        <translation>Det här är arbetsytans egen nyckel, som signerar allt som skickas härifrån. Den kan inte återkallas.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example “laptop lost”): the key list keeps it.</source>
        <translation>Skriv varför nyckeln återkallas (till exempel ”datorn borttappad”): nyckellistan sparar det.</translation>
    </message>
    <message>
        <source>Another key ({key}) is already trusted as {name}. Trust this key under a name of its own, such as “{name} (laptop 2)”.</source>
        <translation>En annan nyckel ({key}) är redan godkänd som {name}. Lita på den här nyckeln under ett eget namn, t.ex. ”{name} (dator 2)”.</translation>
    </message>
    <message>
        <source>What you wrote instead still holds personal data: “{found}”. Rewrite it without.</source>
        <translation>Det du skrev i stället innehåller fortfarande en personuppgift: ”{found}”. Skriv om utan den.</translation>
    </message>
    <message>
        <source>Write where to sync: a WebDAV address (https://…) or a folder.</source>
        <translation>Skriv vart synken ska gå: en WebDAV-adress (https://…) eller en mapp.</translation>
    </message>
    <message>
        <source>The address {target} is not a valid web address: check the server name and the port number.</source>
        <translation>Adressen {target} är ingen giltig webbadress: kontrollera serverns namn och portnumret.</translation>
    </message>
    <message>
        <source>The address {target} names no server: write it as https://server/folder.</source>
        <translation>Adressen {target} anger ingen server: skriv den som https://server/mapp.</translation>
    </message>
    <message>
        <source>Do not write the password in the address: write it in the Password field, and it is kept in the system&apos;s keyring.</source>
        <translation>Skriv inte lösenordet i adressen: skriv det i fältet Lösenord, så sparas det i systemets nyckelring.</translation>
    </message>
    <message>
        <source>{target} is neither a WebDAV address (https://…) nor a folder: choose a folder, or write the address.</source>
        <translation>{target} är varken en WebDAV-adress (https://…) eller en mapp: välj en mapp, eller skriv adressen.</translation>
    </message>
    <message>
        <source>A folder needs no user name or password: leave those fields empty.</source>
        <translation>En mapp behöver inget användarnamn eller lösenord: lämna de fälten tomma.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Plug in the USB stick or connect the shared folder first.</source>
        <translation>Mappen {folder} finns inte. Sätt i USB-minnet eller anslut den delade mappen först.</translation>
    </message>
    <message>
        <source>A password needs a user name: write the user name too.</source>
        <translation>Ett lösenord behöver ett användarnamn: skriv användarnamnet också.</translation>
    </message>
    <message>
        <source>A wait of {seconds} seconds cannot be used: give more than 0 seconds, at most {longest}.</source>
        <translation>En väntan på {seconds} sekunder går inte att använda: ange mer än 0 sekunder, högst {longest}.</translation>
    </message>
    <message>
        <source>A note holds at most {most} characters, and this one has {length}: was a whole document pasted? Shorten it, or split it into several notes.</source>
        <translation>En anteckning rymmer högst {most} tecken, och den här har {length}: klistrades ett helt dokument in? Korta den, eller dela upp den i flera anteckningar.</translation>
    </message>
    <message>
        <source>“{choice}” is no way to settle a conflict: keep one of the two versions.</source>
        <translation>”{choice}” är inget sätt att avgöra en konflikt: behåll en av de två versionerna.</translation>
    </message>
    <message>
        <source>This is not a text that can be written in words of your own: keep one of the two versions.</source>
        <translation>Det här är ingen text som går att skriva med egna ord: behåll en av de två versionerna.</translation>
    </message>
    <message>
        <source>This is chosen from set values, not written in words of your own: keep one of the two versions.</source>
        <translation>Det här väljs bland fasta värden och skrivs inte med egna ord: behåll en av de två versionerna.</translation>
    </message>
    <message>
        <source>The edited text is empty: write the text to keep.</source>
        <translation>Den redigerade texten är tom: skriv den text som ska gälla.</translation>
    </message>
    <message>
        <source>The edited text cannot be kept: {problem}. Keep one of the two versions.</source>
        <translation>Den redigerade texten kan inte sparas: {problem}. Behåll en av de två versionerna.</translation>
    </message>
    <message>
        <source>Others share this store: give the rev of proposal {id} you read (rundabord proposal show {id}), or “any” to write over whatever is there now.</source>
        <translation>Ni är flera som delar databasen: ange den rev av förslag {id} som du läste (rundabord proposal show {id}), eller ”any” för att skriva över det som finns där nu.</translation>
    </message>
    <message>
        <source>Give the rev of each proposal merged, in the order of their ids ({given} given for {count}), or “any”.</source>
        <translation>Ange rev för varje förslag som slås ihop, i samma ordning som deras id ({given} angivna för {count}), eller ”any”.</translation>
    </message>
    <message>
        <source>“{rev}” is not a proposal&apos;s rev: give it as rundabord proposal show {id} prints it, or “any”.</source>
        <translation>”{rev}” är inte ett förslags rev: ange den så som rundabord proposal show {id} skriver ut den, eller ”any”.</translation>
    </message>
    <message>
        <source>Proposal {id} was changed after rev {rev} ({changes}). Nothing was written: look at it again (rundabord proposal show {id}); its rev now is {now}.</source>
        <translation>Förslag {id} har ändrats efter rev {rev} ({changes}). Inget sparades: titta på det igen (rundabord proposal show {id}); dess rev är nu {now}.</translation>
    </message>
    <message>
        <source>Proposal {id} was unmerged after rev {rev} ({changes}). Nothing was written.</source>
        <translation>Förslag {id} har delats upp efter rev {rev} ({changes}). Inget sparades.</translation>
    </message>
    <message>
        <source>its status by {who}</source>
        <translation>dess status, av {who}</translation>
    </message>
    <message>
        <source>its wording by {who}</source>
        <translation>dess lydelse, av {who}</translation>
    </message>
    <message>
        <source>its summary for participants by {who}</source>
        <translation>dess sammanfattning för deltagarna, av {who}</translation>
    </message>
    <message>
        <source>what it is merged from by {who}</source>
        <translation>vilka förslag det är sammanslaget av, av {who}</translation>
    </message>
    <message>
        <source>its links to other conferences by {who}</source>
        <translation>dess kopplingar till andra konferenser, av {who}</translation>
    </message>
    <message>
        <source>another command or window of this workspace</source>
        <translation>ett annat kommando eller fönster i den här arbetsytan</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <source>the signature does not match the signed contents list (altered, or another key)</source>
        <translation>signaturen stämmer inte med den signerade innehållsförteckningen (ändrad, eller en annan nyckel)</translation>
    </message>
    <message>
        <source>chair of table {table} in {conference}</source>
        <translation>bordsordförande för bord {table} i {conference}</translation>
    </message>
    <message>
        <source>secretariat of {conference} (from its pack)</source>
        <translation>sekretariatet för {conference} (från dess paket)</translation>
    </message>
    <message>
        <source>Trust {signer} as chair of table {table} in {conference}? The key is trusted at another conference; the bundle waits in quarantine until you trust it in Collect</source>
        <translation>Lita på {signer} som ordförande för bord {table} i {conference}? Nyckeln är betrodd vid en annan konferens; paketet väntar i karantän tills du godkänner den under Samla in</translation>
    </message>
    <message>
        <source>held in quarantine until the key was trusted, then merged</source>
        <translation>hölls i karantän tills nyckeln godkändes, sedan sammanslaget</translation>
    </message>
    <message>
        <source>held in quarantine, then deleted: the key was rejected</source>
        <translation>hölls i karantän, sedan raderat: nyckeln avvisades</translation>
    </message>
    <message>
        <source>signed with a weak or malformed key</source>
        <translation>signerat med en svag eller felaktig nyckel</translation>
    </message>
    <message>
        <source>In detail: %1</source>
        <translation>Närmare bestämt: %1</translation>
    </message>
    <message>
        <source>the contents list has fields bundle format {version} does not have ({fields}): altered or made by another program</source>
        <translation>innehållsförteckningen har fält som paketformat {version} inte har ({fields}): ändrad eller gjord med ett annat program</translation>
    </message>
    <message>
        <source>the contents list lacks fields every Rundabord writes ({fields}): altered or made by another program</source>
        <translation>innehållsförteckningen saknar fält som varje version av Rundabord skriver ({fields}): ändrad eller gjord med ett annat program</translation>
    </message>
    <message>
        <source>the contents list&apos;s time of making has fields this Rundabord does not know ({fields}): if a newer Rundabord made it, update Rundabord, or ask the table&apos;s chair to export it again in the oldest format (in her window: Conference › Sign and export in the oldest format…; or rundabord export --oldest-format)</source>
        <translation>innehållsförteckningens tidpunkt har fält som den här versionen av Rundabord inte känner till ({fields}): om en nyare version gjorde det, uppdatera Rundabord, eller be bordets ordförande exportera det igen i det äldsta formatet (i hennes fönster: Konferens › Signera och exportera i äldsta formatet…; eller rundabord export --oldest-format)</translation>
    </message>
    <message>
        <source>the bundle says it was made on a computer that is one of this secretariat&apos;s own: a chair&apos;s key signs only the bundles of her own computers</source>
        <translation>paketet säger att det gjordes på en dator som är en av sekretariatets egna: en ordförandes nyckel signerar bara paket från hennes egna datorer</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>What went wrong is written to the log file: %1</source>
        <translation>Det som gick fel skrivs i loggfilen: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Save a &amp;template for paper tables…</source>
        <translation>Spara en &amp;mall för bord utan dator…</translation>
    </message>
    <message>
        <source>An Excel workbook a table without a laptop fills in: one row per note</source>
        <translation>En Excel-arbetsbok som ett bord utan dator fyller i: en rad per anteckning</translation>
    </message>
    <message>
        <source>&amp;Import notes from a spreadsheet…</source>
        <translation>&amp;Importera anteckningar från kalkylark…</translation>
    </message>
    <message>
        <source>Check a filled-in template or an open-data CSV, then add its notes</source>
        <translation>Kontrollera en ifylld mall eller en CSV-fil med öppna data och lägg sedan till anteckningarna</translation>
    </message>
    <message>
        <source>P&amp;hotos of the tables&apos; paper…</source>
        <translation>F&amp;oton av bordens papper…</translation>
    </message>
    <message>
        <source>Photos or scans of a table&apos;s paper sheet or tablecloth</source>
        <translation>Foton eller inskannade bilder av bordets pappersark eller bordsduk</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Spara mall</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Import notes from a spreadsheet</source>
        <translation>Importera anteckningar från kalkylark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>No conference</source>
        <translation>Ingen konferens</translation>
    </message>
    <message>
        <source>Open or choose a conference first.</source>
        <translation>Öppna eller välj en konferens först.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>mall</translation>
    </message>
    <message>
        <source>template-table-%1</source>
        <translation>mall-bord-%1</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Mallen är sparad</translation>
    </message>
    <message>
        <source>%1 was saved. Send it to the table, or fill it in from the paper notes.</source>
        <translation>%1 sparades. Skicka den till bordet, eller fyll i den från pappersanteckningarna.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Kontrollerar %1</translation>
    </message>
    <message>
        <source>1 note was added.</source>
        <translation>1 anteckning lades till.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes were added.</source>
        <translation>
            <numerusform>%Ln anteckning lades till.</numerusform>
            <numerusform>%Ln anteckningar lades till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these notes were imported before.</source>
        <translation>Inget nytt: de här anteckningarna har importerats tidigare.</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Anteckningarna är importerade</translation>
    </message>
</context>
<context>
    <name>PhotosDialog</name>
    <message>
        <source>Photos of the tables&apos; paper</source>
        <translation>Foton av bordens papper</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <source>Photos of the table&apos;s paper</source>
        <translation>Foton av bordets papper</translation>
    </message>
    <message>
        <source>No photos of this table&apos;s paper yet.</source>
        <translation>Inga foton av bordets papper än.</translation>
    </message>
    <message>
        <source>The chosen photo</source>
        <translation>Det valda fotot</translation>
    </message>
    <message>
        <source>e.g. The tablecloth after round two</source>
        <translation>t.ex. Bordsduken efter andra rundan</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Lägg till foto…</translation>
    </message>
    <message>
        <source>&amp;Caption of the next photo:</source>
        <translation>&amp;Bildtext till nästa foto:</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Lägg till foto</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png)</source>
        <translation>Foton och inskannade bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels, added by %4 on %5</source>
        <translation>%1, %2 × %3 bildpunkter, tillagt av %4 den %5</translation>
    </message>
    <message>
        <source>The photo was not added</source>
        <translation>Fotot lades inte till</translation>
    </message>
    <message>
        <source>Only photos and scans as PNG or JPEG, up to 8 MB, can be attached.</source>
        <translation>Bara foton och inskannade bilder i PNG eller JPEG, högst 8 MB, kan bifogas.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <source>Already in this workspace: it will not be added again.</source>
        <translation>Finns redan här: den läggs inte till igen.</translation>
    </message>
    <message>
        <source> (already imported)</source>
        <translation> (redan importerad)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Vad som är fel</translation>
    </message>
    <message>
        <source>Made with a newer template (version %1). Make a new template.</source>
        <translation>Gjord med en nyare mall (version %1). Gör en ny mall.</translation>
    </message>
    <message>
        <source>The sheet holds no notes.</source>
        <translation>Bladet innehåller inga anteckningar.</translation>
    </message>
    <message>
        <source>More than %1 rows. Split the sheet.</source>
        <translation>Fler än %1 rader. Dela upp bladet.</translation>
    </message>
    <message>
        <source>The column is missing.</source>
        <translation>Kolumnen saknas.</translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation>Kolumnen finns två gånger.</translation>
    </message>
    <message>
        <source>The table number is missing.</source>
        <translation>Bordsnumret saknas.</translation>
    </message>
    <message>
        <source>There is no table %1 at this conference.</source>
        <translation>Det finns inget bord %1 på den här konferensen.</translation>
    </message>
    <message>
        <source>You may not write table %1 here; this laptop writes table %2.</source>
        <translation>Du kan inte skriva för bord %1 här; den här datorn skriver för bord %2.</translation>
    </message>
    <message>
        <source>The question is missing.</source>
        <translation>Frågan saknas.</translation>
    </message>
    <message>
        <source>Unknown question: “%1”.</source>
        <translation>Okänd fråga: ”%1”.</translation>
    </message>
    <message>
        <source>Unknown kind: “%1”. Choose Anteckning, Förslag, Ledord or Att göra.</source>
        <translation>Okänd typ: ”%1”. Välj Anteckning, Förslag, Ledord eller Att göra.</translation>
    </message>
    <message>
        <source>The theme “%1” is not one of the process&apos;s themes.</source>
        <translation>Temat ”%1” finns inte bland processens teman.</translation>
    </message>
    <message>
        <source>Votes must be a whole number, not “%1”.</source>
        <translation>Röster ska vara ett heltal, inte ”%1”.</translation>
    </message>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>Röster kan inte vara färre än noll.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Texten är tom.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Texten är längre än %1 tecken.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>PgUp</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Insert</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Welcome to Rundabord</source>
        <translation>Välkommen till Rundabord</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>Are you chairing a table or running the secretariat?</source>
        <translation>Är du ordförande vid ett bord eller arbetar du i sekretariatet?</translation>
    </message>
    <message>
        <source>Rundabord will keep its workspace in %1.</source>
        <translation>Rundabord sparar sin arbetsyta i %1.</translation>
    </message>
    <message>
        <source>I am chairing a table</source>
        <translation>Jag är ordförande vid ett bord</translation>
    </message>
    <message>
        <source>Open the conference pack from the secretariat, write down what your table says, then sign and send it.</source>
        <translation>Öppna konferenspaketet från sekretariatet, skriv ner vad bordet säger och signera och skicka sedan in det.</translation>
    </message>
    <message>
        <source>I run the secretariat</source>
        <translation>Jag arbetar i sekretariatet</translation>
    </message>
    <message>
        <source>Prepare conferences, collect the tables&apos; results, merge them and print the minutes.</source>
        <translation>Förbered konferenser, samla in bordens resultat, slå samman dem och skriv ut minnesanteckningarna.</translation>
    </message>
    <message>
        <source>You can change this later in Settings. Whatever you choose, the workspace that creates a conference collects its tables&apos; results.</source>
        <translation>Du kan ändra detta senare under Inställningar. Vad du än väljer samlar den arbetsyta som skapar en konferens in dess bords resultat.</translation>
    </message>
    <message>
        <source>We are several in the secretariat, sharing a database</source>
        <translation>Vi är flera i sekretariatet och delar en databas</translation>
    </message>
    <message>
        <source>Connect to the PostgreSQL database your IT department set up for the secretariat.</source>
        <translation>Anslut till den PostgreSQL-databas som it-avdelningen har satt upp för sekretariatet.</translation>
    </message>
    <message>
        <source>Database &amp;address:</source>
        <translation>Databasens &amp;adress:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Lösenordet sparas i systemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>A&amp;nslut</translation>
    </message>
</context>
<context>
    <name>SecretariatUndo</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Det gick inte att ångra eller göra om</translation>
    </message>
    <message>
        <source>{0}

The step was removed from the undo history.</source>
        <translation>{0}

Steget togs bort ur ångra-historiken.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import notes from a spreadsheet</source>
        <translation>Importera anteckningar från kalkylark</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultatet av kontrollen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Problems (fix them in the file, or import the valid rows only):</source>
        <translation>&amp;Problem (rätta dem i filen, eller importera bara de giltiga raderna):</translation>
    </message>
    <message>
        <source>Notes to add</source>
        <translation>Anteckningar som läggs till</translation>
    </message>
    <message>
        <source>&amp;What will be added:</source>
        <translation>&amp;Det här läggs till:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importera bara &amp;giltiga rader</translation>
    </message>
    <message>
        <source>%1 (conference %2)</source>
        <translation>%1 (konferens: %2)</translation>
    </message>
    <message>
        <source>The sheet&apos;s columns are not right, so no row was checked. Nothing is imported.</source>
        <translation>Bladets kolumner stämmer inte, så ingen rad har kontrollerats. Inget importeras.</translation>
    </message>
    <message>
        <source>1 row has problems; nothing is imported until it is fixed.</source>
        <translation>1 rad har problem; inget importeras förrän den är rättad.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems; nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>%Ln rad har problem; inget importeras förrän den är rättad.</numerusform>
            <numerusform>%Ln rader har problem; inget importeras förrän de är rättade.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note will be added.</source>
        <translation>1 anteckning läggs till.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes will be added.</source>
        <translation>
            <numerusform>%Ln anteckning läggs till.</numerusform>
            <numerusform>%Ln anteckningar läggs till.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row is already in this workspace and is not added again.</source>
        <translation>1 rad finns redan här och läggs inte till igen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are already in this workspace and are not added again.</source>
        <translation>
            <numerusform>%Ln rad finns redan här och läggs inte till igen.</numerusform>
            <numerusform>%Ln rader finns redan här och läggs inte till igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row passed the check.</source>
        <translation>Alla rader klarade kontrollen.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Inget importerades</translation>
    </message>
</context>
</TS>
