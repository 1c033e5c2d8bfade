<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BulkTrustDialog</name>
    <message>
        <source>Trust several chairs&apos; keys</source>
        <translation>Lita på flera ordförandes nycklar</translation>
    </message>
    <message>
        <source>claims to be “%1” (unverified)</source>
        <translation>uppger sig vara ”%1” (ej verifierat)</translation>
    </message>
    <message>
        <source>Compare each fingerprint with the chair&apos;s key card or have it read out, and tick it. Each key is trusted only as the chair of the table its bundle asks for, under the name you give it: lists and minutes print that name, not the one the bundle claims.</source>
        <translation>Jämför varje fingeravtryck med ordförandens nyckelkort eller låt ordföranden läsa upp det, och kryssa i rutan. Varje nyckel godkänns bara som ordförande för det bord som paketet gäller, under det namn du ger den: listor och protokoll skriver ut det namnet, inte det som paketet uppger.</translation>
    </message>
    <message>
        <source>All for %1.</source>
        <translation>Alla gäller %1.</translation>
    </message>
    <message>
        <source>Table %2 of %3: %1</source>
        <translation>Bord %2 på %3: %1</translation>
    </message>
    <message>
        <source>Table %2: %1</source>
        <translation>Bord %2: %1</translation>
    </message>
    <message>
        <source>Fingerprint of table %1</source>
        <translation>Fingeravtryck för bord %1</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Jämfört</translation>
    </message>
    <message>
        <source>Fingerprint of %1 compared</source>
        <translation>Fingeravtrycket för %1 är jämfört</translation>
    </message>
    <message>
        <source>Name to trust the key of table %1 by</source>
        <translation>Namn att lita på nyckeln för bord %1 under</translation>
    </message>
    <message>
        <source>Trust it under the name:</source>
        <translation>Godkänn den under namnet:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Trust %Ln key(s)</source>
        <translation>
            <numerusform>&amp;Lita på %Ln nyckel</numerusform>
            <numerusform>&amp;Lita på %Ln nycklar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <source>Another window here</source>
        <translation>Ett annat fönster här</translation>
    </message>
    <message>
        <source>Another secretary</source>
        <translation>Någon annan i sekretariatet</translation>
    </message>
</context>
<context>
    <name>CollectView</name>
    <message>
        <source>&amp;Look for bundles</source>
        <translation>&amp;Leta efter paket</translation>
    </message>
    <message>
        <source>Verify every bundle in the watched folders again (F5)</source>
        <translation>Kontrollera alla paket i de bevakade mapparna igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Add bundle files…</source>
        <translation>Lägg till &amp;paketfiler…</translation>
    </message>
    <message>
        <source>Re&amp;ject key…</source>
        <translation>A&amp;visa nyckel…</translation>
    </message>
    <message>
        <source>&amp;Go to Merge</source>
        <translation>&amp;Gå till Slå samman</translation>
    </message>
    <message>
        <source>Add bundle files from anywhere, e.g. saved from an e-mail</source>
        <translation>Lägg till paketfiler var som helst ifrån, t.ex. sparade från ett e-postmeddelande</translation>
    </message>
    <message>
        <source>Refuse every bundle signed by the selected bundle&apos;s key, now and later</source>
        <translation>Avvisa alla paket som signerats med det valda paketets nyckel, nu och framöver</translation>
    </message>
    <message>
        <source>&amp;Trust as chair…</source>
        <translation>Lita på som &amp;ordförande…</translation>
    </message>
    <message>
        <source>Trust &amp;several chairs…</source>
        <translation>Lita på &amp;flera ordförande…</translation>
    </message>
    <message>
        <source>Trust as &amp;secretariat…</source>
        <translation>Lita på som &amp;sekretariat…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>Nyc&amp;klar…</translation>
    </message>
    <message>
        <source>Every trusted key: rename or revoke one, also with no bundle here (Ctrl+K)</source>
        <translation>Alla betrodda nycklar: byt namn på eller återkalla en, även utan paket här (Ctrl+K)</translation>
    </message>
    <message>
        <source>Trust the selected bundle&apos;s key as the chair of the table it asks for, after comparing its fingerprint; what waits in quarantine is imported</source>
        <translation>Lita på det valda paketets nyckel som ordförande för det bord paketet gäller, efter att du jämfört fingeravtrycket; det som väntar i karantän läses in</translation>
    </message>
    <message>
        <source>Trust the keys of all selected bundles as chairs, each after comparing its fingerprint</source>
        <translation>Lita på nycklarna för alla valda paket som ordförande, var och en efter att du jämfört dess fingeravtryck</translation>
    </message>
    <message>
        <source>Trust the selected key as the secretariat, which may change everything: a colleague&apos;s key</source>
        <translation>Lita på den valda nyckeln som sekretariat, som får ändra allt: en kollegas nyckel</translation>
    </message>
    <message>
        <source>Give the selected bundle&apos;s trusted key another name, printed in every list and the minutes</source>
        <translation>Ge det valda paketets godkända nyckel ett annat namn, det som skrivs i alla listor och i minnesanteckningarna</translation>
    </message>
    <message>
        <source>Go to the Merge tab to import the ready bundles</source>
        <translation>Gå till fliken Slå samman för att importera de klara paketen</translation>
    </message>
    <message>
        <source>Drop bundle files or folders here, or add a folder to watch.</source>
        <translation>Släpp paketfiler eller mappar här, eller lägg till en mapp att bevaka.</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Sammanfattning av inkorgen</translation>
    </message>
    <message>
        <source>Bundles in the inbox</source>
        <translation>Paket i inkorgen</translation>
    </message>
    <message>
        <source>No bundles yet. Drop the chairs&apos; bundle files or a USB stick&apos;s folder here, use Add bundle files…, or watch a folder below.</source>
        <translation>Inga paket än. Dra hit bordsordförandenas paketfiler eller en mapp från ett USB-minne, använd Lägg till paketfiler… eller bevaka en mapp nedan.</translation>
    </message>
    <message>
        <source>The chosen bundle</source>
        <translation>Det valda paketet</translation>
    </message>
    <message>
        <source>Also looked in: %1</source>
        <translation>Letar också i: %1</translation>
    </message>
    <message>
        <source>%1 ready to merge, %2 already imported, %3 waiting for a trust decision, %4 refused or damaged, %5 sent from here.</source>
        <translation>%1 klara att slå samman, %2 redan inlästa, %3 väntar på beslut om nyckeln, %4 avvisade eller skadade, %5 skickat härifrån.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s): </source>
        <translation>
            <numerusform>%Ln paket: </numerusform>
            <numerusform>%Ln paket: </numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen bundles are signed by different keys: use “Trust several chairs…”, or choose one bundle</source>
        <translation>De valda paketen är signerade med olika nycklar: använd ”Lita på flera ordförande…” eller välj ett paket</translation>
    </message>
    <message>
        <source>The chosen bundles are signed by different keys: choose one bundle to trust its key as the secretariat</source>
        <translation>De valda paketen är signerade med olika nycklar: välj ett paket för att lita på dess nyckel som sekretariat</translation>
    </message>
    <message>
        <source>The chosen bundles are signed by different keys: choose one bundle to reject its key</source>
        <translation>De valda paketen är signerade med olika nycklar: välj ett paket för att avvisa dess nyckel</translation>
    </message>
    <message>
        <source>The chosen bundles are signed by different keys: choose one bundle to rename its key</source>
        <translation>De valda paketen är signerade med olika nycklar: välj ett paket för att byta namn på dess nyckel</translation>
    </message>
    <message>
        <source>%1 ready to merge, %2 already imported, %3 waiting for a trust decision, %4 refused or damaged.</source>
        <translation>%1 klara att slå samman, %2 redan inlästa, %3 väntar på beslut om nyckeln, %4 avvisade eller skadade.</translation>
    </message>
    <message>
        <source>All for %1.</source>
        <translation>Alla gäller %1.</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Lägg till paketfiler</translation>
    </message>
    <message>
        <source>Rundabord bundles (*.rbz)</source>
        <translation>Rundabord-paket (*.rbz)</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Bevaka en mapp</translation>
    </message>
    <message>
        <source>Cannot trust the key</source>
        <translation>Nyckeln kunde inte godkännas</translation>
    </message>
    <message>
        <source>Importing from quarantine…</source>
        <translation>Importerar från karantän…</translation>
    </message>
    <message>
        <source>Some bundles were refused</source>
        <translation>Några paket avvisades</translation>
    </message>
    <message>
        <source>Importing from quarantine</source>
        <translation>Importerar från karantän</translation>
    </message>
    <message>
        <source>Cannot rename the key</source>
        <translation>Kan inte byta namn på nyckeln</translation>
    </message>
    <message>
        <source>Bundles signed by the key %2, which claims to be “%1” (unverified), will be refused from now on, and copies held in quarantine are deleted. The files in your folders stay where they are.</source>
        <translation>Paket som signerats med nyckeln %2, som uppger sig vara ”%1” (ej verifierat), avvisas från och med nu, och kopior i karantän raderas. Filerna i dina mappar ligger kvar.</translation>
    </message>
    <message>
        <source>Reject the key?</source>
        <translation>Avvisa nyckeln?</translation>
    </message>
    <message>
        <source>A colleague accepted this key meanwhile, after the list was read: its bundles are imported once, by the colleague. Nothing was written here; the list now shows it as it is.</source>
        <translation>En kollega godkände nyckeln under tiden, efter att listan lästes: dess paket importeras en gång, av kollegan. Ingenting sparades här; listan visar nu nyckeln som den är.</translation>
    </message>
    <message>
        <source>A colleague rejected this key meanwhile, after the list was read. Nothing was written here; the list now shows it as it is.</source>
        <translation>En kollega avvisade nyckeln under tiden, efter att listan lästes. Ingenting sparades här; listan visar nu nyckeln som den är.</translation>
    </message>
    <message>
        <source>Another bundle of this key arrived after the list was read. Nothing was written: look at the list as it is now and decide again.</source>
        <translation>Ännu ett paket från nyckeln kom efter att listan lästes. Ingenting sparades: se på listan som den är nu och bestäm igen.</translation>
    </message>
    <message>
        <source>Decided meanwhile</source>
        <translation>Beslutat under tiden</translation>
    </message>
    <message>
        <source>Bundles signed by %1 (key %2) will be refused from now on, and copies held in quarantine are deleted. The files in your folders stay where they are.</source>
        <translation>Paket som signerats av %1 (nyckel %2) avvisas från och med nu, och kopior i karantän raderas. Filerna i dina mappar ligger kvar.</translation>
    </message>
    <message>
        <source>Cannot reject the key</source>
        <translation>Nyckeln kunde inte avvisas</translation>
    </message>
</context>
<context>
    <name>ConferenceFiles</name>
    <message>
        <source>Load conference description</source>
        <translation>Läs in konferensbeskrivning</translation>
    </message>
    <message>
        <source>TOML files (*.toml)</source>
        <translation>TOML-filer (*.toml)</translation>
    </message>
    <message>
        <source>Cannot load the conference description</source>
        <translation>Konferensbeskrivningen kunde inte läsas in</translation>
    </message>
    <message>
        <source>%1

Correct the file and load it again.</source>
        <translation>%1

Rätta filen och läs in den igen.</translation>
    </message>
    <message>
        <source>Save conference description</source>
        <translation>Spara konferensbeskrivning</translation>
    </message>
    <message>
        <source>Cannot save the conference description</source>
        <translation>Konferensbeskrivningen kunde inte sparas</translation>
    </message>
    <message>
        <source>Export conference pack</source>
        <translation>Exportera konferenspaket</translation>
    </message>
    <message>
        <source>Rundabord bundles (*.rbz)</source>
        <translation>Rundabord-paket (*.rbz)</translation>
    </message>
    <message>
        <source>Signing the conference pack…</source>
        <translation>Signerar konferenspaketet…</translation>
    </message>
    <message>
        <source>It also waits in the outbox: the next sync puts it on the sync target, where the chairs&apos; laptops fetch it when they sync.</source>
        <translation>Det ligger också i utkorgen: nästa synkning lägger det på synkmålet, där bordsordförandenas datorer hämtar det när de synkar.</translation>
    </message>
    <message>
        <source>Conference pack exported</source>
        <translation>Konferenspaketet är exporterat</translation>
    </message>
    <message>
        <source>The signed conference pack is in %1. Give it to the chairs with the fingerprint of the secretariat&apos;s key.</source>
        <translation>Det signerade konferenspaketet finns i %1. Ge det till bordsordförandena tillsammans med fingeravtrycket för sekretariatets nyckel.</translation>
    </message>
    <message>
        <source>Exporting the conference pack</source>
        <translation>Exporterar konferenspaketet</translation>
    </message>
    <message>
        <source>The conference pack is signed with the secretariat&apos;s key, and this workspace has none yet. Create the key next (its name is what the chairs see, e.g. the region&apos;s secretariat), then export the pack again.</source>
        <translation>Konferenspaketet signeras med sekretariatets nyckel, och den här arbetsytan har ingen ännu. Skapa nyckeln nu (dess namn är det bordsordförandena ser, t.ex. regionens sekretariat) och exportera sedan paketet igen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key is protected by a passphrase. Type it to sign the pack:</source>
        <translation>Sekretariatets nyckel är skyddad med en lösenfras. Skriv den för att signera paketet:</translation>
    </message>
    <message>
        <source>That passphrase was wrong.</source>
        <translation>Lösenfrasen var fel.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>teman</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>röster</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>plats i listan</translation>
    </message>
    <message>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>bordsordförande</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>age and gender bands</source>
        <translation>ålders- och könsgrupper</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderad</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>round length</source>
        <translation>rundans längd</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>skäl</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>kind of owner</source>
        <translation>typ av ansvarig</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>uppföljningsdatum</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>beslutat av</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>beslutsdatum</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>bildtext</translation>
    </message>
    <message>
        <source>replacement text</source>
        <translation>ersättningstext</translation>
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
        <source>the secretariat&apos;s later save</source>
        <translation>sekretariatets senare sparning</translation>
    </message>
    <message>
        <source>the secretariat&apos;s earlier save</source>
        <translation>sekretariatets tidigare sparning</translation>
    </message>
    <message>
        <source>export %1, signed %2, bundle %3</source>
        <translation>export nr %1, signerad %2, paket %3</translation>
    </message>
    <message>
        <source>(a copied laptop profile: two laptops sign with one key; %1)</source>
        <translation>(kopierad datorprofil: två datorer signerar med samma nyckel; %1)</translation>
    </message>
    <message>
        <source>process: %1</source>
        <translation>process: %1</translation>
    </message>
    <message>
        <source>theme: %1</source>
        <translation>tema: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 röst</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 röster</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deltagare</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deltagare</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuter</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>inte raderad</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>an unknown laptop</source>
        <translation>en okänd dator</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>sekretariatet</translation>
    </message>
    <message>
        <source>%1 (export %2)</source>
        <translation>%1 (export nr %2)</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>den här arbetsytan</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>paket %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>export nr %1</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, ändrat %2</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrivet av</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <source>No open conflicts: no two edits of the same text have collided.</source>
        <translation>Inga öppna konflikter: inga ändringar av samma text har krockat.</translation>
    </message>
    <message>
        <source>Where the conflict is</source>
        <translation>Var konflikten finns</translation>
    </message>
    <message>
        <source>The version in use now</source>
        <translation>Versionen som gäller nu</translation>
    </message>
    <message>
        <source>The competing version</source>
        <translation>Den konkurrerande versionen</translation>
    </message>
    <message>
        <source>E&amp;dited union:</source>
        <translation>&amp;Sammanslagen och redigerad text:</translation>
    </message>
    <message>
        <source>Edited union</source>
        <translation>Sammanslagen och redigerad text</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Behåll &amp;vänster</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>Behåll &amp;höger</translation>
    </message>
    <message>
        <source>%1 — in use now</source>
        <translation>%1 – gäller nu</translation>
    </message>
    <message>
        <source>Keep the version of %1</source>
        <translation>Behåll versionen från %1</translation>
    </message>
    <message>
        <source>The version of %1 is kept; the version of %2 is set aside.</source>
        <translation>Versionen från %1 behålls och versionen från %2 läggs åt sidan.</translation>
    </message>
    <message>
        <source>You can reopen the conflict afterwards with “Reopen the last settled conflict”.</source>
        <translation>Du kan öppna konflikten igen efteråt med ”Öppna igen den senast avgjorda konflikten”.</translation>
    </message>
    <message>
        <source>Keep the edited &amp;union</source>
        <translation>Behåll den &amp;redigerade texten</translation>
    </message>
    <message>
        <source>Re&amp;open the last settled conflict</source>
        <translation>Öppna &amp;igen den senast avgjorda konflikten</translation>
    </message>
    <message>
        <source>Undo the last choice made here: both versions are open again</source>
        <translation>Ångra det senaste valet här: båda versionerna blir öppna igen</translation>
    </message>
    <message>
        <source>&amp;Settled…</source>
        <translation>A&amp;vgjorda…</translation>
    </message>
    <message>
        <source>The conflicts settled so far: reopen any one of them</source>
        <translation>De konflikter som avgjorts hittills: öppna vilken som helst av dem igen</translation>
    </message>
    <message>
        <source>Settled conflicts</source>
        <translation>Avgjorda konflikter</translation>
    </message>
    <message>
        <source>No open conflicts: every conflict so far is settled (“Settled…” lists them).</source>
        <translation>Inga öppna konflikter: alla konflikter hittills är avgjorda (”Avgjorda…” visar dem).</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <source>One open conflict</source>
        <translation>En öppen konflikt</translation>
    </message>
    <message>
        <source>%1 open conflicts</source>
        <translation>%1 öppna konflikter</translation>
    </message>
    <message>
        <source>This conflict was settled elsewhere (by a colleague or in another window) while you were writing your union.

Kept now: “%1”

Your union: “%2”</source>
        <translation>Konflikten avgjordes någon annanstans (av en kollega eller i ett annat fönster) medan du skrev din sammanslagning.

Behållet nu: ”%1”

Din sammanslagning: ”%2”</translation>
    </message>
    <message>
        <source>Settled meanwhile</source>
        <translation>Avgjord under tiden</translation>
    </message>
    <message>
        <source>Save your union as the note&apos;s text? No discards it. If the note changes again meanwhile, both texts are kept under Conflicts.</source>
        <translation>Spara din sammanslagning som anteckningens text? Nej kastar den. Ändras anteckningen igen under tiden behålls båda texterna under Konflikter.</translation>
    </message>
    <message>
        <source>The version of %1</source>
        <translation>Versionen från %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>question %1: %2</source>
        <translation>fråga %1: %2</translation>
    </message>
    <message>
        <source>the note itself was deleted</source>
        <translation>själva anteckningen är raderad</translation>
    </message>
    <message>
        <source>Keep the edited union?</source>
        <translation>Behålla den redigerade sammanslagningen?</translation>
    </message>
    <message>
        <source>Both versions are set aside for the edited text.</source>
        <translation>Båda versionerna läggs åt sidan och den redigerade texten behålls.</translation>
    </message>
    <message>
        <source>Keep the version of %1?</source>
        <translation>Behålla versionen från %1?</translation>
    </message>
    <message>
        <source>Settling travels to every copy of the record, and the text can still be edited under Notes.</source>
        <translation>Beslutet följer med till alla kopior av posten, och texten kan fortfarande ändras under Anteckningar.</translation>
    </message>
    <message>
        <source>Cannot reopen the conflict</source>
        <translation>Kan inte öppna konflikten igen</translation>
    </message>
    <message>
        <source>Cannot settle the conflict</source>
        <translation>Konflikten kunde inte lösas</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create the secretariat&apos;s key</source>
        <translation>Skapa sekretariatets nyckel</translation>
    </message>
    <message>
        <source>e.g. Region Exempellän, secretariat</source>
        <translation>t.ex. Region Exempellän, sekretariatet</translation>
    </message>
    <message>
        <source>%1, secretariat</source>
        <translation>%1, sekretariatet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Lösenfras (valfri):</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>Lösenfrasen i&amp;gen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>Give the key a name, so the chairs know whose it is.</source>
        <translation>Ge nyckeln ett namn, så att bordsordförandena vet vems den är.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Lösenfraserna är olika; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>FollowupFiles</name>
    <message>
        <source>Follow-up for a colleague secretariat</source>
        <translation>Uppföljning till ett annat sekretariat</translation>
    </message>
    <message>
        <source>Rundabord bundles (*.rbz)</source>
        <translation>Rundabord-paket (*.rbz)</translation>
    </message>
    <message>
        <source>Folder for the chairs&apos; follow-ups</source>
        <translation>Mapp för bordsordförandenas uppföljningar</translation>
    </message>
    <message>
        <source>Signing the follow-up…</source>
        <translation>Uppföljningen signeras…</translation>
    </message>
    <message>
        <source>The follow-up for a colleague secretariat is in %1. It holds the personal-data review&apos;s decisions: give it to that secretariat only.</source>
        <translation>Uppföljningen till det andra sekretariatet finns i %1. Den innehåller besluten från granskningen av personuppgifter: ge den bara till det sekretariatet.</translation>
    </message>
    <message>
        <source>To read it, the colleague needs a version of Rundabord that can take in a colleague&apos;s whole record.</source>
        <translation>För att läsa den behöver det andra sekretariatet en version av Rundabord som kan ta emot ett annat sekretariats hela underlag.</translation>
    </message>
    <message>
        <source>A Rundabord that cannot take in a colleague&apos;s whole record says the contents list has wrong or missing fields: requires; the colleague then needs to update Rundabord.</source>
        <translation>Ett Rundabord som inte kan ta emot ett annat sekretariats hela underlag säger att innehållsförteckningen har felaktiga eller saknade fält: requires; då behöver det andra sekretariatet uppdatera Rundabord.</translation>
    </message>
    <message>
        <source>The follow-up for the chair waits in the outbox: the next sync puts it on the sync target. The chair&apos;s laptop takes it if its Rundabord can take in follow-ups, once it has written a note at that table or exported it.</source>
        <translation>Uppföljningen till bordsordföranden ligger i utkorgen: nästa synkning lägger den på synkmålet. Ordförandens dator hämtar den om dess Rundabord kan ta emot uppföljningar, när den har skrivit en anteckning vid bordet eller exporterat det.</translation>
    </message>
    <message>
        <source>%1 follow-ups for the chairs, one per table, wait in the outbox: the next sync puts them on the sync target. A chair&apos;s laptop whose Rundabord can take in follow-ups takes its own table&apos;s (a spare laptop once it has written a note at its table); an older one refuses them.</source>
        <translation>%1 uppföljningar till bordsordförandena, en per bord, ligger i utkorgen: nästa synkning lägger dem på synkmålet. En ordförandes dator vars Rundabord kan ta emot uppföljningar hämtar sitt eget bords (en reservdator när den har skrivit en anteckning vid sitt bord); en äldre tar inte emot dem.</translation>
    </message>
    <message>
        <source>The follow-up for the chair is in %2. The chair&apos;s Rundabord must be able to take in follow-ups.</source>
        <translation>Uppföljningen till bordsordföranden finns i %2. Ordförandens Rundabord måste kunna ta emot uppföljningar.</translation>
    </message>
    <message>
        <source>%1 follow-ups for the chairs, one per table, are in %2. Give each chair the one named with that chair&apos;s table number; a laptop refuses another table&apos;s. The chairs&apos; Rundabord must be able to take in follow-ups.</source>
        <translation>%1 uppföljningar till bordsordförandena, en per bord, finns i %2. Ge varje ordförande den som har ordförandens bordsnummer i namnet; en dator tar inte emot ett annat bords. Ordförandenas Rundabord måste kunna ta emot uppföljningar.</translation>
    </message>
    <message>
        <source>A chair&apos;s laptop whose Rundabord cannot take in follow-ups says the contents list has wrong or missing fields: requires; that chair then needs to update Rundabord.</source>
        <translation>En ordförandes dator vars Rundabord inte kan ta emot uppföljningar säger att innehållsförteckningen har felaktiga eller saknade fält: requires; då behöver den ordföranden uppdatera Rundabord.</translation>
    </message>
    <message>
        <source>Follow-up exported</source>
        <translation>Uppföljningen exporterad</translation>
    </message>
    <message>
        <source>Exporting the follow-up</source>
        <translation>Uppföljningen exporteras</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>beslutat av</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>it names a person (%2)</source>
        <translation>det nämner en person (%2)</translation>
    </message>
    <message>
        <source>they name a person (%2)</source>
        <translation>de nämner en person (%2)</translation>
    </message>
    <message>
        <source>the personal-data review has not let everything in its texts through</source>
        <translation>granskningen av personuppgifter har inte släppt igenom allt i dess texter</translation>
    </message>
    <message>
        <source>the personal-data review has not let everything in their texts through</source>
        <translation>granskningen av personuppgifter har inte släppt igenom allt i deras texter</translation>
    </message>
    <message>
        <source>One decision stayed at the secretariat: %3. See Personal data before publishing.</source>
        <translation>Ett beslut stannade hos sekretariatet: %3. Se Personuppgifter före publicering.</translation>
    </message>
    <message>
        <source>%1 decisions stayed at the secretariat: %3. See Personal data before publishing.</source>
        <translation>%1 beslut stannade hos sekretariatet: %3. Se Personuppgifter före publicering.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Verifying bundles…</source>
        <translation>Kontrollerar paket…</translation>
    </message>
    <message>
        <source>Verifying the bundles</source>
        <translation>Kontrollerar paketen</translation>
    </message>
</context>
<context>
    <name>InboxColumns</name>
    <message>
        <source>Valid, ready to merge</source>
        <translation>Giltigt, klart att slå samman</translation>
    </message>
    <message>
        <source>Valid, unknown key</source>
        <translation>Giltigt, okänd nyckel</translation>
    </message>
    <message>
        <source>In quarantine (unknown key)</source>
        <translation>I karantän (okänd nyckel)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Redan inläst</translation>
    </message>
    <message>
        <source>Sent from this workspace</source>
        <translation>Skickat härifrån</translation>
    </message>
    <message>
        <source>Incomplete copy</source>
        <translation>Ofullständig kopia</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltigt</translation>
    </message>
    <message>
        <source>unknown conference (%1)</source>
        <translation>okänd konferens (%1)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>%1 · export %2</source>
        <translation>%1 · export nr %2</translation>
    </message>
    <message>
        <source>⚠ Unknown key: check it</source>
        <translation>⚠ Okänd nyckel: kontrollera</translation>
    </message>
    <message>
        <source>Waiting (chair from another conference)</source>
        <translation>Väntar (ordförande från en annan konferens)</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>filen %1</translation>
    </message>
    <message>
        <source>claims to be “%1” (unverified)</source>
        <translation>uppger sig vara ”%1” (ej verifierat)</translation>
    </message>
    <message>
        <source>trust %1 as chair of table %2 in %3?</source>
        <translation>lita på %1 som ordförande för bord %2 i %3?</translation>
    </message>
    <message>
        <source>Signed by %1 (not trusted), key %3, fingerprint %4</source>
        <translation>Signerat av %1 (ej godkänd), nyckel %3, fingeravtryck %4</translation>
    </message>
    <message>
        <source>Signed by an unknown key that claims to be “%1” (unverified), key %3, fingerprint %4</source>
        <translation>Signerat av en okänd nyckel som uppger sig vara ”%1” (ej verifierat), nyckel %3, fingeravtryck %4</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Conference pack of %1</source>
        <translation>Konferenspaket för %1</translation>
    </message>
    <message>
        <source>Table %2 of %1</source>
        <translation>Bord %2 på %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>inläst %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>short column header</comment>
        <translation>Ant.</translation>
    </message>
    <message>
        <source>How many notes the bundle holds</source>
        <translation>Antal anteckningar i paketet</translation>
    </message>
    <message>
        <source>trust or reject the key</source>
        <translation>godkänn eller avvisa nyckeln</translation>
    </message>
    <message>
        <source>compare the fingerprint, then trust or reject the key</source>
        <translation>jämför fingeravtrycket, godkänn eller avvisa sedan nyckeln</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>inget att slå samman</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>ej godkänd</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Finns också i: %1</translation>
    </message>
    <message>
        <source>Signed by %1 (trusted as: %2), key %3, fingerprint %4</source>
        <translation>Signerat av %1 (godkänd som: %2), nyckel %3, fingeravtryck %4</translation>
    </message>
    <message>
        <source>The bundle itself says it was signed by %1.</source>
        <translation>Paketet uppger själv att det signerades av %1.</translation>
    </message>
</context>
<context>
    <name>IndexUpkeep</name>
    <message>
        <source>Tidying the search index</source>
        <translation>Städar sökindexet</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>The secretariat&apos;s key</source>
        <translation>Sekretariatets nyckel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Read the fingerprint to the chairs: their laptop shows the same groups when they open the pack.</source>
        <translation>Läs upp fingeravtrycket för bordsordförandena: deras dator visar samma grupper när de öppnar paketet.</translation>
    </message>
    <message>
        <source>Create &amp;key…</source>
        <translation>Skapa &amp;nyckel…</translation>
    </message>
    <message>
        <source>&amp;Save key card…</source>
        <translation>Spara &amp;nyckelkort…</translation>
    </message>
    <message>
        <source>Pr&amp;int fingerprint…</source>
        <translation>Skriv ut fingeravtry&amp;ck…</translation>
    </message>
    <message>
        <source>No key yet: create one before you export the conference pack.</source>
        <translation>Ingen nyckel ännu: skapa en innan du exporterar konferenspaketet.</translation>
    </message>
    <message>
        <source>%1 · key id %2</source>
        <translation>%1 · nyckel-id %2</translation>
    </message>
    <message>
        <source>Cannot create the key</source>
        <translation>Nyckeln kunde inte skapas</translation>
    </message>
    <message>
        <source>Export key card</source>
        <translation>Spara nyckelkort</translation>
    </message>
    <message>
        <source>Key cards (*.keycard)</source>
        <translation>Nyckelkort (*.keycard)</translation>
    </message>
    <message>
        <source>Cannot export the key card</source>
        <translation>Nyckelkortet kunde inte sparas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Nyckel-id:</translation>
    </message>
    <message>
        <source>Compare these groups with the fingerprint your laptop shows when you open the conference pack. If one character differs, do not use the pack; call the secretariat.</source>
        <translation>Jämför grupperna med fingeravtrycket som din dator visar när du öppnar konferenspaketet. Om ett enda tecken skiljer sig, använd inte paketet utan ring sekretariatet.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>This workspace&apos;s own key signs everything sent from here. It goes by your identity&apos;s name and cannot be renamed or revoked in this list.</source>
        <translation>Arbetsytans egen nyckel signerar allt som skickas härifrån. Den heter som din identitet och kan inte byta namn eller återkallas i den här listan.</translation>
    </message>
    <message>
        <source>This key is revoked: every bundle it signs is refused. To trust it again, trust it anew from Collect when one of its bundles comes in.</source>
        <translation>Nyckeln är återkallad: alla paket som den signerar avvisas. Ska den betros igen, godkänn den på nytt i Samla in när ett av dess paket kommer.</translation>
    </message>
    <message>
        <source>revoked %1: %2</source>
        <translation>återkallad %1: %2</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>återkallad %1</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Betrodda nycklar</translation>
    </message>
    <message>
        <source>Every key that may write here. The name is the one every list and the minutes print for its signatures. Revoke a key that is lost or no longer used: its bundles are refused from then on.</source>
        <translation>Alla nycklar som får skriva här. Namnet är det som alla listor och protokoll skriver ut för nyckelns signaturer. Återkalla en nyckel som har kommit bort eller inte längre används: dess paket avvisas från och med då.</translation>
    </message>
    <message>
        <source>No key is trusted here yet. Chairs&apos; keys are trusted in Collect, once their first bundle has come in and its fingerprint was compared.</source>
        <translation>Ingen nyckel är betrodd här ännu. Ordförandenas nycklar godkänns i Samla in, när deras första paket har kommit och fingeravtrycket har jämförts.</translation>
    </message>
    <message>
        <source>Why this key cannot be changed here</source>
        <translation>Varför nyckeln inte kan ändras här</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>Give the chosen key another name, printed in every list</source>
        <translation>Ge den valda nyckeln ett annat namn, som skrivs ut i alla listor</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Å&amp;terkalla…</translation>
    </message>
    <message>
        <source>Refuse every bundle the chosen key signs from now on</source>
        <translation>Avvisa från och med nu alla paket som den valda nyckeln signerar</translation>
    </message>
    <message>
        <source>&amp;Show revoked keys too</source>
        <translation>&amp;Visa även återkallade nycklar</translation>
    </message>
    <message>
        <source>Keys revoked here, greyed, with when and why</source>
        <translation>Nycklar som har återkallats här, gråade, med när och varför</translation>
    </message>
    <message>
        <source>Cannot rename the key</source>
        <translation>Kan inte byta namn på nyckeln</translation>
    </message>
    <message>
        <source>Cannot revoke the key</source>
        <translation>Kan inte återkalla nyckeln</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>May write as</source>
        <translation>Får skriva som</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Betrodd sedan</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>the secretariat (this workspace&apos;s own key)</source>
        <translation>sekretariatet (arbetsytans egen nyckel)</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>var: %1</translation>
    </message>
    <message>
        <source>chair of table %1 in %2</source>
        <translation>ordförande för bord %1 i %2</translation>
    </message>
    <message>
        <source>the secretariat of %1</source>
        <translation>sekretariatet för %1</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>sekretariatet</translation>
    </message>
    <message>
        <source>an unknown conference (%1)</source>
        <translation>en okänd konferens (%1)</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Merged</source>
        <translation>Sammanslaget</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Redan importerat</translation>
    </message>
    <message>
        <source>Held in quarantine</source>
        <translation>I karantän</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Inaktuella</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Deleted (key rejected)</source>
        <translation>Raderat (nyckeln avvisad)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>claims to be “%1” (unverified)</source>
        <translation>uppger sig vara ”%1” (ej verifierat)</translation>
    </message>
    <message>
        <source>Bundles ready to merge</source>
        <translation>Paket klara att slå samman</translation>
    </message>
    <message>
        <source>&amp;Merge all ready bundles</source>
        <translation>&amp;Slå samman alla klara paket</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>%v of %m bundles</source>
        <translation>%v av %m paket</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Merge result</source>
        <translation>Resultat av sammanslagningen</translation>
    </message>
    <message>
        <source>Review the &amp;conflicts</source>
        <translation>Granska &amp;konflikterna</translation>
    </message>
    <message>
        <source>Report per bundle</source>
        <translation>Rapport per paket</translation>
    </message>
    <message>
        <source>Nothing merged since this window opened. Bundles marked ready in Collect are merged with the button above; each one gets a line here. What was merged before (also by sync or the command line) is listed in Collect as already read in.</source>
        <translation>Inget har slagits samman sedan fönstret öppnades. Paket som är klara under Samla in slås samman med knappen ovan; vart och ett får en rad här. Det som slagits samman tidigare (även av synkningen eller på kommandoraden) står som ”Redan inläst” under Samla in.</translation>
    </message>
    <message>
        <source>Look for bundles in Collect first.</source>
        <translation>Leta först efter paket under Samla in.</translation>
    </message>
    <message>
        <source>One bundle from a trusted key is ready to merge.</source>
        <translation>Ett paket från en betrodd nyckel är klart att slå samman.</translation>
    </message>
    <message>
        <source>%1 bundles from trusted keys are ready to merge.</source>
        <translation>%1 paket från betrodda nycklar är klara att slå samman.</translation>
    </message>
    <message>
        <source>No bundle is waiting to be merged.</source>
        <translation>Inga paket väntar på att slås samman.</translation>
    </message>
    <message>
        <source>One bundle waits for a trust decision in Collect.</source>
        <translation>Ett paket väntar på beslut om förtroende under Samla in.</translation>
    </message>
    <message>
        <source>%1 bundles wait for a trust decision in Collect.</source>
        <translation>%1 paket väntar på beslut om förtroende under Samla in.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slår samman…</translation>
    </message>
    <message>
        <source>Merging bundles</source>
        <translation>Slår samman paket</translation>
    </message>
    <message>
        <source>Stopping after the bundle being merged…</source>
        <translation>Stannar efter paketet som slås samman just nu…</translation>
    </message>
    <message>
        <source>One bundle merged</source>
        <translation>Ett paket sammanslaget</translation>
    </message>
    <message>
        <source>%1 bundles merged</source>
        <translation>%1 paket sammanslagna</translation>
    </message>
    <message>
        <source>Sync merged one bundle</source>
        <translation>Synken slog samman ett paket</translation>
    </message>
    <message>
        <source>Sync merged %1 bundles</source>
        <translation>Synken slog samman %1 paket</translation>
    </message>
    <message>
        <source>Sync merged no bundle</source>
        <translation>Synken slog inte samman något paket</translation>
    </message>
    <message>
        <source>%1 held for a trust decision in Collect</source>
        <translation>%1 väntar på beslut om förtroende under Samla in</translation>
    </message>
    <message>
        <source>%1 merged after the key was trusted</source>
        <translation>%1 sammanslaget när nyckeln godkänts</translation>
    </message>
    <message>
        <source>%1 deleted with a rejected key</source>
        <translation>%1 raderat med en avvisad nyckel</translation>
    </message>
    <message>
        <source>stopped before the last %1</source>
        <translation>avbröts före de sista %1</translation>
    </message>
    <message>
        <source>one conflict to review</source>
        <translation>en konflikt att granska</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>%1 konflikter att granska</translation>
    </message>
    <message>
        <source>the conflict it opened is settled</source>
        <translation>konflikten som öppnades är avgjord</translation>
    </message>
    <message>
        <source>the conflicts it opened are settled</source>
        <translation>konflikterna som öppnades är avgjorda</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 avvisade</translation>
    </message>
    <message>
        <source>Merging stopped: the disk is full.</source>
        <translation>Sammanslagningen avbröts: disken är full.</translation>
    </message>
    <message>
        <source>Merging stopped: the disk or folder is read-only.</source>
        <translation>Sammanslagningen avbröts: disken eller mappen är skrivskyddad.</translation>
    </message>
    <message>
        <source>Merging stopped.</source>
        <translation>Sammanslagningen avbröts.</translation>
    </message>
    <message>
        <source>The bundle merged before it stays merged (listed below).</source>
        <translation>Paketet som slogs samman innan dess förblir sammanslaget (listat nedan).</translation>
    </message>
    <message>
        <source>The %1 bundles merged before it stay merged (listed below).</source>
        <translation>De %1 paket som slogs samman innan dess förblir sammanslagna (listade nedan).</translation>
    </message>
    <message>
        <source>No bundle was merged; it waits under Collect, ready to be merged again.</source>
        <translation>Inget paket slogs samman; det väntar under Samla in, redo att slås samman igen.</translation>
    </message>
    <message>
        <source>No bundle was merged; all %1 wait under Collect, ready to be merged again.</source>
        <translation>Inget paket slogs samman; alla %1 väntar under Samla in, redo att slås samman igen.</translation>
    </message>
    <message>
        <source>The other one waits under Collect, ready to be merged again.</source>
        <translation>Det andra väntar under Samla in, redo att slås samman igen.</translation>
    </message>
    <message>
        <source>The other %1 wait under Collect, ready to be merged again.</source>
        <translation>De andra %1 väntar under Samla in, redo att slås samman igen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>NewConferenceDialog</name>
    <message>
        <source>New conference</source>
        <translation>Ny konferens</translation>
    </message>
    <message>
        <source>Name of a new or existing process</source>
        <translation>Namnet på en ny eller befintlig process</translation>
    </message>
    <message>
        <source>for a new process, e.g. Region Exempellän</source>
        <translation>för en ny process, t.ex. Region Exempellän</translation>
    </message>
    <message>
        <source>e.g. Round-table conversations, spring 2026</source>
        <translation>t.ex. Rundabordssamtal våren 2026</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start with an earlier conference&apos;s tables and chairs; nothing reported at them is copied</source>
        <translation>Börja med borden och bordsordförandena från en tidigare konferens; inget av det som rapporterades vid dem kopieras</translation>
    </message>
    <message>
        <source>Pro&amp;cess:</source>
        <translation>&amp;Process:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>Pla&amp;ts:</translation>
    </message>
    <message>
        <source>&amp;Round length:</source>
        <translation>Rundans &amp;längd:</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <source>As at %1: %2 tables with their chairs</source>
        <translation>Som vid %1: %2 bord med sina ordförande</translation>
    </message>
    <message>
        <source>None: I add the tables on the Prepare tab</source>
        <translation>Inga: jag lägger till borden under fliken Förbered</translation>
    </message>
    <message>
        <source>Give the process a name (for example the programme&apos;s).</source>
        <translation>Ge processen ett namn (till exempel programmets).</translation>
    </message>
    <message>
        <source>Give the conference a title.</source>
        <translation>Ge konferensen en rubrik.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Empty export</source>
        <translation>Tomt paket</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Bordsordförande</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporterat</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Kom in</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
    <message>
        <source>The table&apos;s proposals (not counted under Other notes)</source>
        <translation>Bordets förslag (räknas inte under Övriga anteckningar)</translation>
    </message>
    <message>
        <source>The table&apos;s notes that are not proposals</source>
        <translation>Bordets anteckningar som inte är förslag</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Reported tables</source>
        <translation>Rapporterade bord</translation>
    </message>
    <message>
        <source>Tables and their reports</source>
        <translation>Borden och deras rapporter</translation>
    </message>
    <message>
        <source>Enter or double-click: the table&apos;s notes in Review</source>
        <translation>Enter eller dubbelklick: bordets anteckningar under Granska</translation>
    </message>
    <message>
        <source>The conference has no tables yet.</source>
        <translation>Konferensen har inga bord ännu.</translation>
    </message>
    <message>
        <source>No conference yet: create one under Prepare, or load a TOML description.</source>
        <translation>Ingen konferens ännu: skapa en under Förbered, eller läs in en TOML-beskrivning.</translation>
    </message>
    <message>
        <source>%1 of %2 tables have reported</source>
        <translation>%1 av %2 bord har rapporterat</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>saknas: %1</translation>
    </message>
</context>
<context>
    <name>PrepareSaving</name>
    <message>
        <source>%1 changed the conference’s title meanwhile.</source>
        <translation>%1 ändrade konferensens rubrik under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the conference’s date meanwhile.</source>
        <translation>%1 ändrade konferensens datum under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the conference’s venue meanwhile.</source>
        <translation>%1 ändrade konferensens plats under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the conference’s round length meanwhile.</source>
        <translation>%1 ändrade konferensens rundlängd under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the questions meanwhile.</source>
        <translation>%1 ändrade frågorna under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the process’s name meanwhile.</source>
        <translation>%1 ändrade processens namn under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the process’s organisation meanwhile.</source>
        <translation>%1 ändrade processens organisation under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the theme “%2” meanwhile.</source>
        <translation>%1 ändrade temat ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the question “%2” meanwhile.</source>
        <translation>%1 ändrade frågan ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the round length of the question “%2” meanwhile.</source>
        <translation>%1 ändrade rundlängden för frågan ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 changed table %2 meanwhile.</source>
        <translation>%1 ändrade bord %2 under tiden.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(inget datum)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Bordsordförande</translation>
    </message>
    <message>
        <source>&amp;New conference…</source>
        <translation>N&amp;y konferens…</translation>
    </message>
    <message>
        <source>&amp;Load TOML…</source>
        <translation>&amp;Läs in TOML…</translation>
    </message>
    <message>
        <source>Save as TO&amp;ML…</source>
        <translation>Spara som TO&amp;ML…</translation>
    </message>
    <message>
        <source>E&amp;xport conference pack…</source>
        <translation>E&amp;xportera konferenspaket…</translation>
    </message>
    <message>
        <source>Sign the conference pack with the secretariat&apos;s key for the chairs</source>
        <translation>Signera konferenspaketet med sekretariatets nyckel, för bordsordförandena</translation>
    </message>
    <message>
        <source>No conference yet. Create one with “New conference…” or load a TOML description.</source>
        <translation>Ingen konferens ännu. Skapa en med ”Ny konferens…” eller läs in en TOML-beskrivning.</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte bestämt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Pro&amp;cess:</source>
        <translation>&amp;Process:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>Pla&amp;ts:</translation>
    </message>
    <message>
        <source>&amp;Round length:</source>
        <translation>Rundans &amp;längd:</translation>
    </message>
    <message>
        <source>Themes of the process</source>
        <translation>Processens teman</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Add t&amp;heme</source>
        <translation>Lägg till t&amp;ema</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Lägg till &amp;fråga</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <source>Tables and chairs</source>
        <translation>Bord och bordsordförande</translation>
    </message>
    <message>
        <source>Chair of the new table</source>
        <translation>Bordsordförande för det nya bordet</translation>
    </message>
    <message>
        <source>Add ta&amp;ble</source>
        <translation>Lägg till &amp;bord</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Ta bort bord</translation>
    </message>
    <message>
        <source>Ctrl+Up in the list of questions</source>
        <translation>Ctrl+Upp i listan med frågor</translation>
    </message>
    <message>
        <source>Ctrl+Down in the list of questions</source>
        <translation>Ctrl+Ned i listan med frågor</translation>
    </message>
    <message>
        <source>Delete in the list of questions</source>
        <translation>Delete i listan med frågor</translation>
    </message>
    <message>
        <source>Delete in the list of tables</source>
        <translation>Delete i listan med bord</translation>
    </message>
    <message>
        <source>Cannot change the conference</source>
        <translation>Konferensen kunde inte ändras</translation>
    </message>
    <message>
        <source>Change process</source>
        <translation>Ändra process</translation>
    </message>
    <message>
        <source>Change conference</source>
        <translation>Ändra konferens</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Ändra fråga</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <source>Edit table</source>
        <translation>Ändra bord</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Lägg till bord</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Export follow-up</source>
        <translation>Exportera uppföljning</translation>
    </message>
    <message>
        <source>Who receives the follow-up?</source>
        <translation>Vem ska få uppföljningen?</translation>
    </message>
    <message>
        <source>The &amp;chairs: one bundle per table</source>
        <translation>&amp;Bordsordförandena: ett paket per bord</translation>
    </message>
    <message>
        <source>Each table&apos;s laptop gets its own table&apos;s notes, as corrected here. A decision on one of its proposals goes only when it names no person and holds no other table&apos;s words and nothing the personal-data review has not let through; decisions on proposals merged with other tables&apos; are not sent. No note left out of what is published, and none of the review&apos;s decisions. The chairs&apos; laptops need a version of Rundabord that can take in follow-ups.</source>
        <translation>Varje bords dator får sitt eget bords anteckningar, så som de rättats här. Ett beslut om ett av bordets förslag skickas bara när det inte nämner någon person och inte innehåller andra bords ord eller något som granskningen av personuppgifter inte har släppt igenom; beslut om förslag som slagits ihop med andra bords förslag skickas inte. Ingen anteckning som utelämnats ur det som publiceras, och inga av granskningens beslut. Bordsordförandenas datorer behöver en version av Rundabord som kan ta emot uppföljningar.</translation>
    </message>
    <message>
        <source>A chair&apos;s laptop whose Rundabord cannot take in follow-ups says the contents list has wrong or missing fields: requires; that chair then needs to update Rundabord.</source>
        <translation>En ordförandes dator vars Rundabord inte kan ta emot uppföljningar säger att innehållsförteckningen har felaktiga eller saknade fält: requires; då behöver den ordföranden uppdatera Rundabord.</translation>
    </message>
    <message>
        <source>Every note, and the personal-data review&apos;s decisions with the names and numbers it found, so that the colleague publishes the same. Saved as a file: give it to that secretariat only. The colleague needs a version of Rundabord that can take in a colleague&apos;s whole record; a chair&apos;s laptop refuses it.</source>
        <translation>Alla anteckningar, och besluten från granskningen av personuppgifter med de namn och nummer den hittade, så att det andra sekretariatet publicerar detsamma. Sparas som en fil: ge den bara till det sekretariatet. Det andra sekretariatet behöver en version av Rundabord som kan ta emot ett annat sekretariats hela underlag; en ordförandes dator tar inte emot den.</translation>
    </message>
    <message>
        <source>A Rundabord that cannot take in a colleague&apos;s whole record says the contents list has wrong or missing fields: requires; the colleague then needs to update Rundabord.</source>
        <translation>Ett Rundabord som inte kan ta emot ett annat sekretariats hela underlag säger att innehållsförteckningen har felaktiga eller saknade fält: requires; då behöver det andra sekretariatet uppdatera Rundabord.</translation>
    </message>
    <message>
        <source>A colleague &amp;secretariat: the whole record</source>
        <translation>Ett annat &amp;sekretariat: allt som sekretariatet har</translation>
    </message>
</context>
<context>
    <name>RenameKeyDialog</name>
    <message>
        <source>Rename the key</source>
        <translation>Byt namn på nyckeln</translation>
    </message>
    <message>
        <source>The key %1 is trusted as %2. Every list and the minutes print the name you give it.</source>
        <translation>Nyckeln %1 är godkänd som %2. Alla listor och minnesanteckningarna skriver det namn du ger den.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
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
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Q.</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Votes for this note:</source>
        <translation>Röster för anteckningen:</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Röster: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sammanslaget till</translation>
    </message>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Sök i anteckningarna (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Notes of the conference</source>
        <translation>Konferensens anteckningar</translation>
    </message>
    <message>
        <source>Number of notes shown</source>
        <translation>Antal anteckningar som visas</translation>
    </message>
    <message>
        <source>Edit te&amp;xt</source>
        <translation>Ändra te&amp;xt</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Theme ta&amp;gs…</source>
        <translation>Te&amp;man…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Merge proposals…</source>
        <translation>&amp;Slå samman förslag…</translation>
    </message>
    <message>
        <source>Merge the selected proposals into one, keeping every original (Ctrl+M)</source>
        <translation>Slå samman de markerade förslagen till ett och behåll alla original (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikter (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>No note matches the search and filters.</source>
        <translation>Ingen anteckning matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>No notes yet. They arrive when the tables&apos; bundles are merged (Collect, then Merge).</source>
        <translation>Inga anteckningar än. De kommer in när bordens paket slås samman (Samla in, sedan Slå samman).</translation>
    </message>
    <message>
        <source>One note</source>
        <translation>En anteckning</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 anteckningar</translation>
    </message>
    <message>
        <source>Leave out of what is published</source>
        <translation>Utelämna ur det som publiceras</translation>
    </message>
    <message>
        <source>Leave the selected notes out of the public report and open data; the minutes keep them</source>
        <translation>Utelämna de markerade anteckningarna ur den offentliga rapporten och öppna data; minnesanteckningarna behåller dem</translation>
    </message>
    <message>
        <source>Include in what is published again</source>
        <translation>Ta med i det som publiceras igen</translation>
    </message>
    <message>
        <source>Include in what is published</source>
        <translation>Ta med i det som publiceras</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Anteckningen kunde inte ändras</translation>
    </message>
    <message>
        <source>A follow-up for the chair that was waiting in the outbox held this note. It was taken out of the outbox and will not be sent. To send the table a follow-up without the note, export the follow-up again (File › Export follow-up…).</source>
        <translation>En uppföljning till bordsordföranden som väntade i utkorgen innehöll den här anteckningen. Den är borttagen ur utkorgen och skickas inte. Exportera uppföljningen igen (Arkiv › Exportera uppföljning…) så får bordet en uppföljning utan anteckningen.</translation>
    </message>
    <message>
        <source>%1 follow-ups for the chairs that were waiting in the outbox held a note now left out. They were taken out of the outbox and will not be sent. To send the tables follow-ups without the note, export the follow-up again (File › Export follow-up…).</source>
        <translation>%1 uppföljningar till bordsordförandena som väntade i utkorgen innehöll en anteckning som nu utelämnas. De är borttagna ur utkorgen och skickas inte. Exportera uppföljningen igen (Arkiv › Exportera uppföljning…) så får borden uppföljningar utan anteckningen.</translation>
    </message>
    <message>
        <source>A sync was running, so table %2&apos;s follow-up, which holds this note, stayed in the outbox and may already have been sent. When the sync has finished, export that table&apos;s follow-up again: it takes the old one out, or says where it went.</source>
        <translation>En synkronisering pågick, så uppföljningen till bord %2, som innehåller den här anteckningen, blev kvar i utkorgen och kan redan ha skickats. Exportera bordets uppföljning igen när synkroniseringen är klar: då tas den gamla bort, eller så står det vart den skickades.</translation>
    </message>
    <message>
        <source>Table %2&apos;s follow-up was already sent to %3 and holds this note: a laptop of that table may have taken it. Deleting the file from there stops the laptops that have not taken it yet; a laptop that took it keeps the note.</source>
        <translation>Uppföljningen till bord %2 har redan skickats till %3 och innehåller den här anteckningen: en dator vid det bordet kan redan ha hämtat den. Tar du bort filen där når den inte de datorer som ännu inte har hämtat den; en dator som redan hämtat den behåller anteckningen.</translation>
    </message>
    <message>
        <source>Follow-ups for the chairs</source>
        <translation>Uppföljningar till bordsordförandena</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Ändra anteckning</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>Someone else changed this while you were working on it. Your change is saved, and theirs is kept beside it under Conflicts for you to choose.</source>
        <translation>Någon annan ändrade detta medan du arbetade med det. Din ändring är sparad, och den andras finns kvar bredvid under Konflikter så att du kan välja.</translation>
    </message>
    <message>
        <source>Someone else saved this note while you were editing it. Your text is saved, and theirs is kept beside it under Conflicts for you to choose.</source>
        <translation>Någon annan sparade anteckningen medan du redigerade den. Din text är sparad, och den andras finns kvar bredvid under Konflikter så att du kan välja.</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>Tagga med %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Ta bort taggen %1</translation>
    </message>
    <message>
        <source>Theme tags</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Ändra text</translation>
    </message>
    <message>
        <source>Votes…</source>
        <translation>Röster…</translation>
    </message>
    <message>
        <source>Merge proposals…</source>
        <translation>Slå samman förslag…</translation>
    </message>
    <message>
        <source>Merge proposals</source>
        <translation>Slå samman förslag</translation>
    </message>
    <message>
        <source>Merge %1 proposals from tables %2 into one. The originals, their tables and votes are kept. Text of the merged proposal:</source>
        <translation>Slå samman %1 förslag från bord %2 till ett. Originalen, deras bord och röster sparas. Det sammanslagna förslagets text:</translation>
    </message>
    <message>
        <source>One of them is left out of what is published: its words are not in the text below, and the merged proposal is held back until you keep it in the personal-data review.</source>
        <translation>Ett av dem utelämnas ur det som publiceras: dess ord finns inte i texten nedan, och det sammanslagna förslaget hålls tillbaka tills du behåller det i granskningen av personuppgifter.</translation>
    </message>
    <message>
        <source>%1 of them are left out of what is published: their words are not in the text below, and the merged proposal is held back until you keep it in the personal-data review.</source>
        <translation>%1 av dem utelämnas ur det som publiceras: deras ord finns inte i texten nedan, och det sammanslagna förslaget hålls tillbaka tills du behåller det i granskningen av personuppgifter.</translation>
    </message>
    <message>
        <source>Cannot merge the proposals</source>
        <translation>Förslagen kunde inte slås samman</translation>
    </message>
    <message>
        <source>Merged again (redo)</source>
        <translation>Sammanslaget igen (gör om)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Utelämnas: %1</translation>
    </message>
    <message>
        <source>Left out of what is published; the minutes keep it.</source>
        <translation>Utelämnas ur det som publiceras; minnesanteckningarna behåller den.</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke the key?</source>
        <translation>Återkalla nyckeln?</translation>
    </message>
    <message>
        <source>%1 (key %2) may write as %3. Once revoked, every bundle it signs is refused, also those waiting in Collect; what was merged from it stays. To trust it again later, it must be trusted anew.</source>
        <translation>%1 (nyckel %2) får skriva som %3. När nyckeln har återkallats avvisas alla paket den signerar, även de som väntar i Samla in; det som redan har slagits samman finns kvar. Ska den betros igen senare måste den godkännas på nytt.</translation>
    </message>
    <message>
        <source>&amp;Why is it revoked?</source>
        <translation>&amp;Varför återkallas den?</translation>
    </message>
    <message>
        <source>for example: laptop lost</source>
        <translation>till exempel: datorn borttappad</translation>
    </message>
    <message>
        <source>Why the key is revoked</source>
        <translation>Varför nyckeln återkallas</translation>
    </message>
    <message>
        <source>&amp;Revoke the key</source>
        <translation>&amp;Återkalla nyckeln</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Steps of the work</source>
        <translation>Arbetets steg</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Förbered</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Samla in</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå samman</translation>
    </message>
    <message>
        <source>Who has reported</source>
        <translation>Vilka har rapporterat</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Tillväxtrådet</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbetsyta: %1</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>C&amp;onference:</source>
        <translation>Ko&amp;nferens:</translation>
    </message>
    <message>
        <source>No conference yet</source>
        <translation>Ingen konferens ännu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New conference…</source>
        <translation>&amp;Ny konferens…</translation>
    </message>
    <message>
        <source>&amp;Load conference description (TOML)…</source>
        <translation>&amp;Läs in konferensbeskrivning (TOML)…</translation>
    </message>
    <message>
        <source>&amp;Save conference description (TOML)…</source>
        <translation>&amp;Spara konferensbeskrivning (TOML)…</translation>
    </message>
    <message>
        <source>&amp;Export conference pack…</source>
        <translation>&amp;Exportera konferenspaket…</translation>
    </message>
    <message>
        <source>Export &amp;follow-up…</source>
        <translation>Exportera &amp;uppföljning…</translation>
    </message>
    <message>
        <source>Change r&amp;ole (chair or secretariat)…</source>
        <translation>Byt &amp;roll (ordförande eller sekretariat)…</translation>
    </message>
    <message>
        <source>Shared data&amp;base…</source>
        <translation>Delad data&amp;bas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
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
        <source>&amp;Search the notes…</source>
        <translation>&amp;Sök i anteckningarna…</translation>
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
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Trusted &amp;keys…</source>
        <translation>Betrodda &amp;nycklar…</translation>
    </message>
    <message>
        <source>Minutes are not available in this build</source>
        <translation>Minnesanteckningar finns inte i den här versionen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Det går inte att öppna %1</translation>
    </message>
    <message>
        <source>The file no longer exists or is not a file. Find the bundle again and open it.</source>
        <translation>Filen finns inte längre eller är inte en fil. Leta upp paketet igen och öppna det.</translation>
    </message>
    <message>
        <source>Collecting bundles is not available in this build of Rundabord.</source>
        <translation>Insamling av paket finns inte i den här versionen av Rundabord.</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
</context>
<context>
    <name>SettledDialog</name>
    <message>
        <source>Settled conflicts</source>
        <translation>Avgjorda konflikter</translation>
    </message>
    <message>
        <source>Choose a settled conflict and reopen it: every version it weighed is listed again, and the value kept now stays until you decide anew.</source>
        <translation>Välj en avgjord konflikt och öppna den igen: alla versioner som vägdes listas igen, och värdet som gäller nu står kvar tills du avgör på nytt.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behölls</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Avgjord</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>(not known here; now: %1)</source>
        <translation>(okänt här; nu: %1)</translation>
    </message>
    <message>
        <source>Cannot reopen the conflict</source>
        <translation>Kan inte öppna konflikten igen</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Delad databas</translation>
    </message>
    <message>
        <source>This workspace uses the secretariat&apos;s shared database:
%1</source>
        <translation>Den här arbetsytan använder sekretariatets delade databas:
%1</translation>
    </message>
    <message>
        <source>Going back gives this workspace a store on this computer again: a checked copy of what the shared database holds now. The database stays as it is for the others.</source>
        <translation>Om du går tillbaka får arbetsytan åter en lagring på den här datorn: en kontrollerad kopia av det som den delade databasen innehåller nu. Databasen förblir som den är för de andra.</translation>
    </message>
    <message>
        <source>Use a store on this &amp;computer</source>
        <translation>Använd lagring på den här &amp;datorn</translation>
    </message>
    <message>
        <source>This workspace keeps its store on this computer.</source>
        <translation>Den här arbetsytan har sin lagring på den här datorn.</translation>
    </message>
    <message>
        <source>&amp;Switch to the database</source>
        <translation>&amp;Byt till databasen</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Databasens adress</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
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
        <source>&amp;Join the store the secretariat keeps there</source>
        <translation>&amp;Gå med i sekretariatets lagring där</translation>
    </message>
    <message>
        <source>&amp;Move my store there</source>
        <translation>&amp;Flytta min lagring dit</translation>
    </message>
    <message>
        <source>Your own store stays on this computer, set aside.</source>
        <translation>Din egen lagring finns kvar på den här datorn, undanlagd.</translation>
    </message>
    <message>
        <source>Into an empty database; the copy is checked before it is used.</source>
        <translation>Till en tom databas; kopian kontrolleras innan den används.</translation>
    </message>
    <message>
        <source>Rundabord is still busy with another task. Switch when it is done.</source>
        <translation>Rundabord arbetar fortfarande med en annan uppgift. Byt när den är klar.</translation>
    </message>
    <message>
        <source>Cannot connect to the database</source>
        <translation>Kan inte ansluta till databasen</translation>
    </message>
    <message>
        <source>Rundabord could not connect to the database with this address and password. Check both (your IT department knows them); nothing was changed.</source>
        <translation>Rundabord kunde inte ansluta till databasen med den här adressen och det här lösenordet. Kontrollera båda (din IT-avdelning vet vad de ska vara); ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Cannot switch the database</source>
        <translation>Kan inte byta databas</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Another key is already trusted as %1: give this key a name of its own, e.g. “%1 (laptop %2)”.</source>
        <translation>En annan nyckel är redan godkänd som %1: ge den här nyckeln ett eget namn, t.ex. ”%1 (dator %2)”.</translation>
    </message>
    <message>
        <source>Warning: another key already signs for table %1 as %2.</source>
        <translation>Varning: en annan nyckel signerar redan för bord %1 som %2.</translation>
    </message>
    <message>
        <source>Warning: another key is already trusted as %1. Is this really the same person, on a second laptop?</source>
        <translation>Varning: en annan nyckel är redan godkänd som %1. Är det verkligen samma person, på en andra dator?</translation>
    </message>
    <message>
        <source>Warning: another unknown key (%1, %2) also asks for table %3. Confirm the fingerprints with the chair before trusting either.</source>
        <translation>Varning: en annan okänd nyckel (%1, %2) ber också om bord %3. Jämför fingeravtrycken med ordföranden innan du litar på någon av dem.</translation>
    </message>
    <message>
        <source>Warning: another unknown key (%1) also goes by %2. Confirm the fingerprints with the chair before trusting either.</source>
        <translation>Varning: en annan okänd nyckel (%1) kallar sig också %2. Jämför fingeravtrycken med ordföranden innan du litar på någon av dem.</translation>
    </message>
    <message>
        <source>Warning: an unknown key asks to write as the secretariat of %1.</source>
        <translation>Varning: en okänd nyckel vill skriva som sekretariat för %1.</translation>
    </message>
    <message>
        <source>Trust a chair&apos;s key</source>
        <translation>Lita på en ordförandes nyckel</translation>
    </message>
    <message>
        <source>Trust as the secretariat</source>
        <translation>Lita på som sekretariat</translation>
    </message>
    <message>
        <source>%1 signed this bundle with key %2. Before you trust it, ask the person to read out the fingerprint their laptop shows, or compare it with their key card:</source>
        <translation>%1 signerade paketet med nyckel %2. Innan du litar på den: be personen läsa upp fingeravtrycket som datorn visar, eller jämför med nyckelkortet:</translation>
    </message>
    <message>
        <source>This bundle is signed with key %2, which claims to be “%1” (not verified). Before you trust it, ask the person to read out the fingerprint their laptop shows, or compare it with their key card:</source>
        <translation>Paketet är signerat med nyckel %2, som uppger sig vara ”%1” (ej verifierat). Innan du litar på den: be personen läsa upp fingeravtrycket som datorn visar, eller jämför med nyckelkortet:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Name to trust the key by</source>
        <translation>Namn som nyckeln godkänns under</translation>
    </message>
    <message>
        <source>Trust it under the &amp;name:</source>
        <translation>Godkänn den under &amp;namnet:</translation>
    </message>
    <message>
        <source>It will be trusted as the chair of table %1 of %2, and may write only that table.</source>
        <translation>Nyckeln godkänns som ordförande för bord %1 på %2 och får bara skriva för det bordet.</translation>
    </message>
    <message>
        <source>This key is trusted as a chair in another conference. Trust %3 as the chair of table %1 in %2 as well?</source>
        <translation>Nyckeln är godkänd som ordförande på en annan konferens. Vill du också lita på %3 som ordförande för bord %1 på %2?</translation>
    </message>
    <message>
        <source>It will be trusted as the secretariat: it may change every conference, question, table and note in this workspace. Do this only for a key of your own secretariat, such as a colleague&apos;s laptop.</source>
        <translation>Nyckeln godkänns som sekretariat: den får ändra alla konferenser, frågor, bord och anteckningar i arbetsytan. Gör det bara för en nyckel från ert eget sekretariat, till exempel en kollegas dator.</translation>
    </message>
    <message>
        <source>I have &amp;checked the warning above with the person</source>
        <translation>Jag har &amp;kontrollerat varningen ovan med personen</translation>
    </message>
    <message>
        <source>This key &amp;belongs to our own secretariat</source>
        <translation>Nyckeln &amp;tillhör vårt eget sekretariat</translation>
    </message>
    <message>
        <source>&amp;Trust as chair</source>
        <translation>&amp;Lita på som ordförande</translation>
    </message>
    <message>
        <source>&amp;Trust as the secretariat</source>
        <translation>&amp;Lita på som sekretariat</translation>
    </message>
    <message>
        <source>Its bundles carry the workspace of the key trusted as %1: this is that laptop&apos;s renewed key, so it may keep the name.</source>
        <translation>Dess paket för med arbetsytan från nyckeln som är betrodd som %1: det är den datorns förnyade nyckel, så den får behålla namnet.</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint: every group is the same</source>
        <translation>Jag har &amp;jämfört fingeravtrycket: alla grupper är likadana</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Show or hide the watched folders (Space)</source>
        <translation>Visa eller dölj de bevakade mapparna (mellanslag)</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Bevakade mappar</translation>
    </message>
    <message>
        <source>Watch a f&amp;older…</source>
        <translation>Bevaka en &amp;mapp…</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Sluta &amp;bevaka</translation>
    </message>
    <message>
        <source>Watched folders (%1)</source>
        <translation>Bevakade mappar (%1)</translation>
    </message>
    <message>
        <source>Expanded: the folders are shown</source>
        <translation>Utfälld: mapparna visas</translation>
    </message>
    <message>
        <source>Collapsed: press Space to show</source>
        <translation>Hopfälld: tryck på mellanslag för att visa</translation>
    </message>
</context>
</TS>
