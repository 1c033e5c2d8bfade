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
        <source>Choose another workspace folder with --workspace.</source>
        <translation>Välj en annan arbetsmapp med --workspace.</translation>
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
        <source>The file names a different signing key than the one it carries: it is forged or damaged.</source>
        <translation>Filen anger en annan signeringsnyckel än den den innehåller: den är förfalskad eller skadad.</translation>
    </message>
    <message>
        <source>The file is not a readable Rundabord bundle: it is damaged or another kind of file.</source>
        <translation>Filen är inte ett läsbart Rundabord-paket: den är skadad eller en annan sorts fil.</translation>
    </message>
    <message>
        <source>The file contains parts a Rundabord bundle must not have: it is damaged or was put together by hand.</source>
        <translation>Filen innehåller delar som ett Rundabord-paket inte får ha: den är skadad eller har satts ihop för hand.</translation>
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
        <source>The file is far larger than any bundle: it is not one Rundabord reads.</source>
        <translation>Filen är mycket större än något paket kan vara: Rundabord läser den inte.</translation>
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
        <source>The bundle was refused and nothing of it was imported.</source>
        <translation>Paketet avvisades och ingenting av det importerades.</translation>
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
        <source>another bundle with number %1 from this signer was imported before</source>
        <translation>ett annat paket med nummer %1 från samma undertecknare har importerats tidigare</translation>
    </message>
    <message>
        <source>older than bundle %1 from the same signer, imported before; this one (%2) changed nothing newer</source>
        <translation>äldre än paket %1 från samma undertecknare, som importerades tidigare; det här (%2) ändrade inget nyare</translation>
    </message>
    <message>
        <source>bundle(s) %1 from this signer have not arrived yet</source>
        <translation>paket %1 från den här undertecknaren har inte kommit in än</translation>
    </message>
    <message>
        <source>does not follow on from the signer&apos;s bundle %1 imported here (two laptops?)</source>
        <translation>hänger inte ihop med undertecknarens paket %1 som importerats här (två datorer?)</translation>
    </message>
    <message>
        <source>dated more than a day ahead: the signer&apos;s clock may be wrong</source>
        <translation>daterat mer än ett dygn framåt: undertecknarens klocka kan gå fel</translation>
    </message>
    <message>
        <source>%1&apos;s key is now this conference&apos;s secretariat key; compare its fingerprint with the secretariat&apos;s: %2</source>
        <translation>%1s nyckel är nu konferensens sekretariatsnyckel; jämför fingeravtrycket med sekretariatets: %2</translation>
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
</TS>
