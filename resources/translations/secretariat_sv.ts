<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CollectView</name>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="186"/>
        <source>Valid, ready to merge</source>
        <translation>Giltigt, klart att slå samman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="187"/>
        <source>Valid, unknown key</source>
        <translation>Giltigt, okänd nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="188"/>
        <source>In quarantine (unknown key)</source>
        <translation>I karantän (okänd nyckel)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="189"/>
        <source>Refused</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="190"/>
        <source>Already imported</source>
        <translation>Redan importerat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="191"/>
        <source>Same bundle as another file</source>
        <translation>Samma paket som en annan fil</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="192"/>
        <source>Incomplete copy</source>
        <translation>Ofullständig kopia</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="193"/>
        <source>Invalid</source>
        <translation>Ogiltigt</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="197"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="198"/>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="199"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="200"/>
        <source>Signer</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="201"/>
        <source>Key id</source>
        <translation>Nyckel-id</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="202"/>
        <source>Trusted as</source>
        <translation>Betrodd som</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="203"/>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="205"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="208"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="212"/>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="216"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="244"/>
        <source>imported %1</source>
        <translation>importerat %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="246"/>
        <source>trust or reject the key</source>
        <translation>lita på eller avvisa nyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="248"/>
        <source>compare the fingerprint, then trust or reject the key</source>
        <translation>jämför fingeravtrycket, lita sedan på eller avvisa nyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="268"/>
        <source>not trusted</source>
        <translation>inte betrodd</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="278"/>
        <source>secretariat</source>
        <translation>sekretariatet</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="276"/>
        <source>chair of table %1</source>
        <translation>bordsordförande för bord %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="280"/>
        <source>secretariat of this conference (from its pack)</source>
        <translation>sekretariatet för den här konferensen (från dess paket)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="282"/>
        <source>revoked key</source>
        <translation>återkallad nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="297"/>
        <source>&amp;Look for bundles</source>
        <translation>&amp;Leta efter paket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="299"/>
        <source>Verify every bundle in the watched folders again (F5)</source>
        <translation>Kontrollera alla paket i de bevakade mapparna igen (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="300"/>
        <source>&amp;Add bundle files…</source>
        <translation>Lägg till &amp;paketfiler…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="301"/>
        <source>&amp;Trust key…</source>
        <translation>Lita &amp;på nyckel…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="302"/>
        <source>Re&amp;ject key…</source>
        <translation>A&amp;visa nyckel…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="303"/>
        <source>&amp;Import from quarantine</source>
        <translation>&amp;Importera från karantän</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="304"/>
        <source>&amp;Go to Merge</source>
        <translation>&amp;Gå till Slå samman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="306"/>
        <source>Add bundle files from anywhere, e.g. saved from an e-mail</source>
        <translation>Lägg till paketfiler var som helst ifrån, t.ex. sparade från ett e-postmeddelande</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="309"/>
        <source>Put the selected bundle&apos;s signing key on the trust list, after comparing its fingerprint</source>
        <translation>Lägg till det valda paketets signeringsnyckel bland de betrodda, efter att du jämfört fingeravtrycket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="313"/>
        <source>Refuse every bundle signed by the selected bundle&apos;s key, now and later</source>
        <translation>Avvisa alla paket som signerats med det valda paketets nyckel, nu och framöver</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="316"/>
        <source>Trust the key and import every bundle of it held in quarantine</source>
        <translation>Lita på nyckeln och importera alla dess paket som hålls i karantän</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="318"/>
        <source>Go to the Merge tab to import the ready bundles</source>
        <translation>Gå till fliken Slå samman för att importera de klara paketen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="337"/>
        <source>Drop bundle files or folders here, or add a folder to watch.</source>
        <translation>Släpp paketfiler eller mappar här, eller lägg till en mapp att bevaka.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="339"/>
        <source>Inbox summary</source>
        <translation>Sammanfattning av inkorgen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="350"/>
        <source>Bundles in the inbox</source>
        <translation>Paket i inkorgen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="354"/>
        <source>No bundles yet. Drop the chairs&apos; bundle files or a USB stick&apos;s folder here, use Add bundle files…, or watch a folder below.</source>
        <translation>Inga paket än. Dra hit bordsordförandenas paketfiler eller en mapp från ett USB-minne, använd Lägg till paketfiler… eller bevaka en mapp nedan.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="380"/>
        <source>The chosen bundle</source>
        <translation>Det valda paketet</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="384"/>
        <location filename="../../ui/secretariat/collect_view.py" line="391"/>
        <source>Watched folders</source>
        <translation>Bevakade mappar</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="395"/>
        <source>Watch a f&amp;older…</source>
        <translation>Bevaka en &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="396"/>
        <source>Stop &amp;watching</source>
        <translation>Sluta &amp;bevaka</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="428"/>
        <source>Also looked in: %1</source>
        <translation>Letar också i: %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="470"/>
        <source>%1 bundles: %2 ready to merge, %3 already imported, %4 waiting for a trust decision, %5 refused or damaged.</source>
        <translation>%1 paket: %2 klara att slå samman, %3 redan importerade, %4 väntar på beslut om förtroende, %5 avvisade eller skadade.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="505"/>
        <source>Add bundle files</source>
        <translation>Lägg till paketfiler</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="505"/>
        <source>Rundabord bundles (*.rbz)</source>
        <translation>Rundabord-paket (*.rbz)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="511"/>
        <source>Watch a folder</source>
        <translation>Bevaka en mapp</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="568"/>
        <source>Signed by %1, key %2, fingerprint %3</source>
        <translation>Signerat av %1, nyckel %2, fingeravtryck %3</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="602"/>
        <source>Cannot trust the key</source>
        <translation>Nyckeln kunde inte godkännas</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="626"/>
        <source>Importing from quarantine…</source>
        <translation>Importerar från karantän…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="637"/>
        <source>Some bundles were refused</source>
        <translation>Några paket avvisades</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="645"/>
        <source>Importing from quarantine</source>
        <translation>Importerar från karantän</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="653"/>
        <source>Reject the key?</source>
        <translation>Avvisa nyckeln?</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="655"/>
        <source>Bundles signed by %1 (key %2) will be refused from now on, and copies held in quarantine are deleted. The files in your folders stay where they are.</source>
        <translation>Paket som signerats av %1 (nyckel %2) avvisas från och med nu, och kopior i karantän raderas. Filerna i dina mappar ligger kvar.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="672"/>
        <source>Cannot reject the key</source>
        <translation>Nyckeln kunde inte avvisas</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="72"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="73"/>
        <source>themes</source>
        <translation>teman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="74"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="75"/>
        <source>votes</source>
        <translation>röster</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="76"/>
        <source>place in the list</source>
        <translation>plats i listan</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="77"/>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="78"/>
        <source>chair</source>
        <translation>bordsordförande</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="79"/>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="80"/>
        <source>deleted</source>
        <translation>raderad</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="84"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="85"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="86"/>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="151"/>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="233"/>
        <source>Kept now</source>
        <translation>Gäller nu</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="87"/>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="152"/>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="234"/>
        <source>Other version</source>
        <translation>Andra versionen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="119"/>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="124"/>
        <source>Open conflicts</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="126"/>
        <source>No open conflicts: no two edits of the same text have collided.</source>
        <translation>Inga öppna konflikter: inga ändringar av samma text har krockat.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="144"/>
        <source>Where the conflict is</source>
        <translation>Var konflikten finns</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="157"/>
        <source>E&amp;dited union:</source>
        <translation>&amp;Sammanslagen och redigerad text:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="159"/>
        <source>Edited union</source>
        <translation>Sammanslagen och redigerad text</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="166"/>
        <source>Keep &amp;left</source>
        <translation>Behåll &amp;vänster</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="167"/>
        <source>Keep &amp;right</source>
        <translation>Behåll &amp;höger</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="175"/>
        <source>Settling is final (it travels to every copy of the record); the text can still be edited under Notes.</source>
        <translation>Ett avgörande är slutgiltigt (det följer med till varje kopia av posten); texten kan fortfarande ändras under Anteckningar.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="181"/>
        <source>Keep the edited &amp;union</source>
        <translation>Behåll den &amp;redigerade texten</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="199"/>
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="201"/>
        <source>One open conflict</source>
        <translation>En öppen konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="201"/>
        <source>%1 open conflicts</source>
        <translation>%1 öppna konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="239"/>
        <source>Kept now (edited %1)</source>
        <translation>Gäller nu (ändrad %1)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="242"/>
        <source>Other version (edited %1)</source>
        <translation>Andra versionen (ändrad %1)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="255"/>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="259"/>
        <source>question %1: %2</source>
        <translation>fråga %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="264"/>
        <source>the note itself was deleted</source>
        <translation>själva anteckningen är raderad</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/conflicts_panel.py" line="275"/>
        <source>Cannot settle the conflict</source>
        <translation>Konflikten kunde inte lösas</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="54"/>
        <source>Create the secretariat&apos;s key</source>
        <translation>Skapa sekretariatets nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="57"/>
        <source>e.g. Region Exempellän, secretariat</source>
        <translation>t.ex. Region Exempellän, sekretariatet</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="65"/>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Lösenfras (valfri):</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="66"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Lösenfrasen i&amp;gen:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="67"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="68"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="69"/>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="82"/>
        <source>Give the key a name, so the chairs know whose it is.</source>
        <translation>Ge nyckeln ett namn, så att bordsordförandena vet vems den är.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="85"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Lösenfraserna är olika; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="97"/>
        <location filename="../../ui/secretariat/key_panel.py" line="199"/>
        <source>The secretariat&apos;s key</source>
        <translation>Sekretariatets nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="107"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="110"/>
        <source>Read the fingerprint to the chairs: their laptop shows the same groups when they open the pack.</source>
        <translation>Läs upp fingeravtrycket för bordsordförandena: deras dator visar samma grupper när de öppnar paketet.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="118"/>
        <source>Create &amp;key…</source>
        <translation>Skapa &amp;nyckel…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="119"/>
        <source>&amp;Save key card…</source>
        <translation>Spara &amp;nyckelkort…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="120"/>
        <source>Pr&amp;int fingerprint…</source>
        <translation>Skriv ut fingeravtry&amp;ck…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="144"/>
        <source>No key yet: create one before you export the conference pack.</source>
        <translation>Ingen nyckel ännu: skapa en innan du exporterar konferenspaketet.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="148"/>
        <source>%1 · key id %2</source>
        <translation>%1 · nyckel-id %2</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="165"/>
        <source>Cannot create the key</source>
        <translation>Nyckeln kunde inte skapas</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="173"/>
        <source>Export key card</source>
        <translation>Spara nyckelkort</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="175"/>
        <source>Key cards (*.keycard)</source>
        <translation>Nyckelkort (*.keycard)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="186"/>
        <source>Cannot export the key card</source>
        <translation>Nyckelkortet kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="200"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="202"/>
        <source>Key id:</source>
        <translation>Nyckel-id:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/key_panel.py" line="206"/>
        <source>Compare these groups with the fingerprint your laptop shows when you open the conference pack. If one character differs, do not use the pack; call the secretariat.</source>
        <translation>Jämför grupperna med fingeravtrycket som din dator visar när du öppnar konferenspaketet. Om ett enda tecken skiljer sig, använd inte paketet utan ring sekretariatet.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="57"/>
        <source>Merged</source>
        <translation>Sammanslaget</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="58"/>
        <source>Already imported</source>
        <translation>Redan importerat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="59"/>
        <source>Held in quarantine</source>
        <translation>I karantän</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="60"/>
        <location filename="../../ui/secretariat/merge_view.py" line="68"/>
        <source>Refused</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="63"/>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="64"/>
        <source>Updated</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="65"/>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="66"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="67"/>
        <source>Superseded</source>
        <translation>Inaktuella</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="71"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="73"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="75"/>
        <source>Signer</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="76"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="82"/>
        <source>Remark</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="96"/>
        <source>unknown key: held in quarantine until it is trusted or rejected in Collect</source>
        <translation>okänd nyckel: hålls i karantän tills den godkänns eller avvisas under Samla in</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="120"/>
        <source>Bundles ready to merge</source>
        <translation>Paket klara att slå samman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="122"/>
        <source>&amp;Merge all ready bundles</source>
        <translation>&amp;Slå samman alla klara paket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="129"/>
        <source>Merge progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="130"/>
        <source>%v of %m bundles</source>
        <translation>%v av %m paket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="133"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="143"/>
        <source>Merge result</source>
        <translation>Resultat av sammanslagningen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="145"/>
        <source>Review the &amp;conflicts</source>
        <translation>Granska &amp;konflikterna</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="157"/>
        <source>Report per bundle</source>
        <translation>Rapport per paket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="161"/>
        <source>Nothing merged yet. Bundles marked ready in Collect are merged with the button above; each one gets a line here.</source>
        <translation>Inget har slagits samman än. Paket som är klara under Samla in slås samman med knappen ovan; vart och ett får en rad här.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="181"/>
        <source>Look for bundles in Collect first.</source>
        <translation>Leta först efter paket under Samla in.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="186"/>
        <source>One bundle from a trusted key is ready to merge.</source>
        <translation>Ett paket från en betrodd nyckel är klart att slå samman.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="187"/>
        <source>%1 bundles from trusted keys are ready to merge.</source>
        <translation>%1 paket från betrodda nycklar är klara att slå samman.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="190"/>
        <source>No bundle is waiting to be merged.</source>
        <translation>Inga paket väntar på att slås samman.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="194"/>
        <source>One bundle waits for a trust decision in Collect.</source>
        <translation>Ett paket väntar på beslut om förtroende under Samla in.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="195"/>
        <source>%1 bundles wait for a trust decision in Collect.</source>
        <translation>%1 paket väntar på beslut om förtroende under Samla in.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="209"/>
        <source>Merging…</source>
        <translation>Slår samman…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="226"/>
        <source>Merging bundles</source>
        <translation>Slår samman paket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="239"/>
        <source>Stopping after the bundle being merged…</source>
        <translation>Stannar efter paketet som slås samman just nu…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="251"/>
        <source>One bundle merged</source>
        <translation>Ett paket sammanslaget</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="251"/>
        <source>%1 bundles merged</source>
        <translation>%1 paket sammanslagna</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="253"/>
        <source>stopped before the last %1</source>
        <translation>avbröts före de sista %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="259"/>
        <source>one conflict to review</source>
        <translation>en konflikt att granska</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="259"/>
        <source>%1 conflicts to review</source>
        <translation>%1 konflikter att granska</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="262"/>
        <source>%1 refused</source>
        <translation>%1 avvisade</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/merge_view.py" line="268"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>NewConferenceDialog</name>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="33"/>
        <source>New conference</source>
        <translation>Ny konferens</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="41"/>
        <source>Name of a new or existing process</source>
        <translation>Namnet på en ny eller befintlig process</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="43"/>
        <source>for a new process, e.g. Region Exempellän</source>
        <translation>för en ny process, t.ex. Region Exempellän</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="45"/>
        <source>e.g. Round-table conversations, spring 2026</source>
        <translation>t.ex. Rundabordssamtal våren 2026</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="53"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="55"/>
        <source>Pro&amp;cess:</source>
        <translation>&amp;Process:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="56"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="58"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="59"/>
        <source>Ven&amp;ue:</source>
        <translation>Pla&amp;ts:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="60"/>
        <source>&amp;Round length:</source>
        <translation>Rundans &amp;längd:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="87"/>
        <source>Give the process a name (for example the programme&apos;s).</source>
        <translation>Ge processen ett namn (till exempel programmets).</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/new_conference.py" line="90"/>
        <source>Give the conference a title.</source>
        <translation>Ge konferensen en rubrik.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="115"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="115"/>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="118"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="119"/>
        <source>Chair</source>
        <translation>Bordsordförande</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="120"/>
        <source>Reported</source>
        <translation>Rapporterat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="123"/>
        <source>Arrived</source>
        <translation>Kom in</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="127"/>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="128"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="129"/>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="130"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="146"/>
        <source>Reported tables</source>
        <translation>Rapporterade bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="153"/>
        <source>Tables and their reports</source>
        <translation>Borden och deras rapporter</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="162"/>
        <source>Enter or double-click: the table&apos;s notes in Review</source>
        <translation>Enter eller dubbelklick: bordets anteckningar under Granska</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="192"/>
        <source>The conference has no tables yet.</source>
        <translation>Konferensen har inga bord ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="195"/>
        <source>%1 of %2 tables have reported</source>
        <translation>%1 av %2 bord har rapporterat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/overview_view.py" line="201"/>
        <source>missing: %1</source>
        <translation>saknas: %1</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="80"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="87"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="88"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="89"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="97"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="98"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="99"/>
        <source>Chair</source>
        <translation>Bordsordförande</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="124"/>
        <source>&amp;New conference…</source>
        <translation>N&amp;y konferens…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="125"/>
        <source>&amp;Load TOML…</source>
        <translation>&amp;Läs in TOML…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="126"/>
        <source>Save as TO&amp;ML…</source>
        <translation>Spara som TO&amp;ML…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="127"/>
        <source>E&amp;xport conference pack…</source>
        <translation>E&amp;xportera konferenspaket…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="129"/>
        <source>Sign the conference pack with the secretariat&apos;s key for the chairs</source>
        <translation>Signera konferenspaketet med sekretariatets nyckel, för bordsordförandena</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="143"/>
        <source>No conference yet. Create one with “New conference…” or load a TOML description.</source>
        <translation>Ingen konferens ännu. Skapa en med ”Ny konferens…” eller läs in en TOML-beskrivning.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="148"/>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="157"/>
        <source>not set</source>
        <translation>inte bestämt</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="161"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="163"/>
        <source>Pro&amp;cess:</source>
        <translation>&amp;Process:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="164"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="165"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="166"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="167"/>
        <source>Ven&amp;ue:</source>
        <translation>Pla&amp;ts:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="168"/>
        <source>&amp;Round length:</source>
        <translation>Rundans &amp;längd:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="182"/>
        <source>Themes of the process</source>
        <translation>Processens teman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="184"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="188"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="189"/>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="191"/>
        <source>Add t&amp;heme</source>
        <translation>Lägg till t&amp;ema</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="202"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="204"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="211"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="212"/>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="216"/>
        <source>&amp;Add question</source>
        <translation>Lägg till &amp;fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="217"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="218"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="219"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="469"/>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="234"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="236"/>
        <source>Tables and chairs</source>
        <translation>Bord och bordsordförande</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="244"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="245"/>
        <source>Chair of the new table</source>
        <translation>Bordsordförande för det nya bordet</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="247"/>
        <source>Add ta&amp;ble</source>
        <translation>Lägg till &amp;bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="248"/>
        <location filename="../../ui/secretariat/prepare_view.py" line="519"/>
        <source>Delete table</source>
        <translation>Ta bort bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="267"/>
        <source>Ctrl+Up in the list of questions</source>
        <translation>Ctrl+Upp i listan med frågor</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="268"/>
        <source>Ctrl+Down in the list of questions</source>
        <translation>Ctrl+Ned i listan med frågor</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="269"/>
        <source>Delete in the list of questions</source>
        <translation>Delete i listan med frågor</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="270"/>
        <source>Delete in the list of tables</source>
        <translation>Delete i listan med bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="347"/>
        <source>Cannot change the conference</source>
        <translation>Konferensen kunde inte ändras</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="363"/>
        <source>Change process</source>
        <translation>Ändra process</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="388"/>
        <source>Change conference</source>
        <translation>Ändra konferens</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="397"/>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="415"/>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="421"/>
        <source>Edit question</source>
        <translation>Ändra fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="446"/>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="458"/>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="483"/>
        <source>Edit table</source>
        <translation>Ändra bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="505"/>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/prepare_view.py" line="510"/>
        <source>Add table</source>
        <translation>Lägg till bord</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="80"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="81"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="82"/>
        <source>Guiding word</source>
        <translation>Ledord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="83"/>
        <source>What needs to be done</source>
        <translation>Vad behöver göras</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="86"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="87"/>
        <source>Q.</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="88"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="89"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="90"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="91"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="92"/>
        <source>Merged into</source>
        <translation>Sammanslaget till</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="118"/>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Sök i anteckningarna (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="119"/>
        <source>Search the notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="128"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="129"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="130"/>
        <source>&amp;Table:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="131"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="136"/>
        <source>Notes of the conference</source>
        <translation>Konferensens anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="163"/>
        <source>Number of notes shown</source>
        <translation>Antal anteckningar som visas</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="165"/>
        <source>Edit te&amp;xt</source>
        <translation>Ändra te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="166"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="168"/>
        <source>Theme ta&amp;gs…</source>
        <translation>Te&amp;man…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="170"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="172"/>
        <source>&amp;Merge proposals…</source>
        <translation>&amp;Slå samman förslag…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="175"/>
        <source>Merge the selected proposals into one, keeping every original (Ctrl+M)</source>
        <translation>Slå samman de markerade förslagen till ett och behåll alla original (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="181"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="185"/>
        <location filename="../../ui/secretariat/review_view.py" line="211"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="211"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikter (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="232"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="256"/>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="275"/>
        <source>No note matches the search and filters.</source>
        <translation>Ingen anteckning matchar sökningen och filtren.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="276"/>
        <source>No notes yet. They arrive when the tables&apos; bundles are merged (Collect, then Merge).</source>
        <translation>Inga anteckningar än. De kommer in när bordens paket slås samman (Samla in, sedan Slå samman).</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="320"/>
        <source>One note</source>
        <translation>En anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="320"/>
        <source>%1 notes</source>
        <translation>%1 anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="370"/>
        <source>Cannot change the note</source>
        <translation>Anteckningen kunde inte ändras</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="381"/>
        <source>Edit note</source>
        <translation>Ändra anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="412"/>
        <source>Tag with %1</source>
        <translation>Tagga med %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="412"/>
        <source>Remove tag %1</source>
        <translation>Ta bort taggen %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="424"/>
        <location filename="../../ui/secretariat/review_view.py" line="450"/>
        <source>Theme tags</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="448"/>
        <source>Edit text</source>
        <translation>Ändra text</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="452"/>
        <source>Merge proposals…</source>
        <translation>Slå samman förslag…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="465"/>
        <location filename="../../ui/secretariat/review_view.py" line="495"/>
        <source>Merge proposals</source>
        <translation>Slå samman förslag</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="469"/>
        <source>Merge %1 proposals from tables %2 into one. The originals, their tables and votes are kept. Text of the merged proposal:</source>
        <translation>Slå samman %1 förslag från bord %2 till ett. Originalen, deras bord och röster sparas. Det sammanslagna förslagets text:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/review_view.py" line="498"/>
        <source>Cannot merge the proposals</source>
        <translation>Förslagen kunde inte slås samman</translation>
    </message>
</context>
<context>
    <name>SecretariatUndo</name>
    <message>
        <location filename="../../ui/secretariat/undo.py" line="59"/>
        <source>Cannot undo or redo</source>
        <translation>Det gick inte att ångra eller göra om</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/undo.py" line="60"/>
        <source>{0}

The step was removed from the undo history.</source>
        <translation>{0}

Steget togs bort ur ångra-historiken.</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <location filename="../../ui/secretariat/window.py" line="52"/>
        <source>Steps of the work</source>
        <translation>Arbetets steg</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="60"/>
        <source>Prepare</source>
        <translation>Förbered</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="62"/>
        <source>Collect</source>
        <translation>Samla in</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="64"/>
        <source>Merge</source>
        <translation>Slå samman</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="65"/>
        <source>Who has reported</source>
        <translation>Vilka har rapporterat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="66"/>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="68"/>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="70"/>
        <source>Council</source>
        <translation>Tillväxtrådet</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="83"/>
        <source>Workspace: %1</source>
        <translation>Arbetsyta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="131"/>
        <location filename="../../ui/secretariat/window.py" line="139"/>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="135"/>
        <source>C&amp;onference:</source>
        <translation>Ko&amp;nferens:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="140"/>
        <source>No conference yet</source>
        <translation>Ingen konferens ännu</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="149"/>
        <source>&amp;New conference…</source>
        <translation>N&amp;y konferens…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="150"/>
        <source>&amp;Load conference description (TOML)…</source>
        <translation>&amp;Läs in konferensbeskrivning (TOML)…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="151"/>
        <source>&amp;Save conference description (TOML)…</source>
        <translation>&amp;Spara konferensbeskrivning (TOML)…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="152"/>
        <source>&amp;Export conference pack…</source>
        <translation>&amp;Exportera konferenspaket…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="159"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="161"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="167"/>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="199"/>
        <source>Minutes are not available in this build</source>
        <translation>Minnesanteckningar finns inte i den här versionen</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="249"/>
        <location filename="../../ui/secretariat/window.py" line="256"/>
        <source>Cannot open %1</source>
        <translation>Det går inte att öppna %1</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="250"/>
        <source>The file no longer exists or is not a file. Find the bundle again and open it.</source>
        <translation>Filen finns inte längre eller är inte en fil. Leta upp paketet igen och öppna det.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="257"/>
        <source>Collecting bundles is not available in this build of Rundabord.</source>
        <translation>Insamling av paket finns inte i den här versionen av Rundabord.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="296"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="307"/>
        <source>Load conference description</source>
        <translation>Läs in konferensbeskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="307"/>
        <location filename="../../ui/secretariat/window.py" line="335"/>
        <source>TOML files (*.toml)</source>
        <translation>TOML-filer (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="319"/>
        <source>Cannot load the conference description</source>
        <translation>Konferensbeskrivningen kunde inte läsas in</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="320"/>
        <source>%1

Correct the file and load it again.</source>
        <translation>%1

Rätta filen och läs in den igen.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="333"/>
        <source>Save conference description</source>
        <translation>Spara konferensbeskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="345"/>
        <source>Cannot save the conference description</source>
        <translation>Konferensbeskrivningen kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="355"/>
        <source>Export conference pack</source>
        <translation>Exportera konferenspaket</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="357"/>
        <source>Rundabord bundles (*.rbz)</source>
        <translation>Rundabord-paket (*.rbz)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="374"/>
        <source>Signing the conference pack…</source>
        <translation>Signerar konferenspaketet…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="382"/>
        <source>Conference pack exported</source>
        <translation>Konferenspaketet är exporterat</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="384"/>
        <source>The signed conference pack is in %1. Give it to the chairs with the fingerprint of the secretariat&apos;s key.</source>
        <translation>Det signerade konferenspaketet finns i %1. Ge det till bordsordförandena tillsammans med fingeravtrycket för sekretariatets nyckel.</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="396"/>
        <location filename="../../ui/secretariat/window.py" line="399"/>
        <source>Exporting the conference pack</source>
        <translation>Exporterar konferenspaketet</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="407"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="408"/>
        <source>The secretariat&apos;s key is protected by a passphrase. Type it to sign the pack:</source>
        <translation>Sekretariatets nyckel är skyddad med en lösenfras. Skriv den för att signera paketet:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/window.py" line="410"/>
        <source>That passphrase was wrong.</source>
        <translation>Lösenfrasen var fel.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="114"/>
        <source>Trust a key</source>
        <translation>Lita på en nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="118"/>
        <source>%1 signed this bundle with key %2. Before you trust it, ask the chair to read out the fingerprint their laptop shows, or compare it with their key card:</source>
        <translation>%1 har signerat paketet med nyckel %2. Innan du litar på den: be bordsordföranden läsa upp fingeravtrycket som hens dator visar, eller jämför med hens nyckelkort:</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="134"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="138"/>
        <source>As the &amp;secretariat (may write everything)</source>
        <translation>Som &amp;sekretariatet (får skriva allt)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="142"/>
        <source>As the &amp;chair of table %1 of %2 (may write only that table)</source>
        <translation>Som &amp;bordsordförande för bord %1 i %2 (får bara skriva det bordet)</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="152"/>
        <source>I have &amp;compared the fingerprint: every group is the same</source>
        <translation>Jag har &amp;jämfört fingeravtrycket: alla grupper är likadana</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="157"/>
        <source>&amp;Trust the key</source>
        <translation>&amp;Lita på nyckeln</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="94"/>
        <source>Verifying bundles…</source>
        <translation>Kontrollerar paket…</translation>
    </message>
    <message>
        <location filename="../../ui/secretariat/collect_view.py" line="105"/>
        <source>Verifying the bundles</source>
        <translation>Kontrollerar paketen</translation>
    </message>
</context>
</TS>
