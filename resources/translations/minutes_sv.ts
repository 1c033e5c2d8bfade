<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>HitsModel</name>
    <message>
        <source>Found</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>I sitt sammanhang</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Once its personal data is removed, this text would say nothing but “personal data removed”. Remove holds it back from what is published; Keep publishes it as it would read; Rewrite publishes your words instead.</source>
        <translation>Utan sina personuppgifter skulle texten inte säga något annat än ”personuppgift borttagen”. Ta bort håller tillbaka den från det som publiceras; Behåll publicerar den som den då lyder; Skriv om publicerar dina ord i stället.</translation>
    </message>
    <message>
        <source>Left out of what is published: the note or proposal, or a merged proposal made from one left out. Keep publishes it as it reads now.</source>
        <translation>Utelämnas ur det som publiceras: anteckningen eller förslaget, eller ett sammanslaget förslag som gjorts av ett utelämnat. Behåll publicerar det som det lyder nu.</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Personal web address</source>
        <translation>Personlig webbadress</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Namn på en person</translation>
    </message>
    <message>
        <source>A person&apos;s name, perhaps</source>
        <translation>Namn på en person?</translation>
    </message>
    <message>
        <source>Says nothing without its personal data</source>
        <translation>Säger inget utan sina personuppgifter</translation>
    </message>
    <message>
        <source>The whole text</source>
        <translation>Hela texten</translation>
    </message>
    <message>
        <source>Table %1, question %2</source>
        <translation>Bord %1, fråga %2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>Report&apos;s foreword</source>
        <translation>Återkopplingens förord</translation>
    </message>
    <message>
        <source>Report&apos;s contact</source>
        <translation>Återkopplingens kontaktuppgifter</translation>
    </message>
    <message>
        <source>How to respond</source>
        <translation>Så kan du svara</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Vad som händer nu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Proposal&apos;s decision</source>
        <translation>Förslagets beslut</translation>
    </message>
    <message>
        <source>Proposal&apos;s reason</source>
        <translation>Förslagets skäl</translation>
    </message>
    <message>
        <source>Proposal&apos;s owner</source>
        <translation>Förslagets ansvarige</translation>
    </message>
    <message>
        <source>Note left out</source>
        <translation>Anteckningen utelämnas</translation>
    </message>
    <message>
        <source>Proposal left out</source>
        <translation>Förslaget utelämnas</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ej beslutat</translation>
    </message>
    <message>
        <source>Rewritten: %1</source>
        <translation>Skrivs om: %1</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Hålls tillbaka</translation>
    </message>
    <message>
        <source>Published as it reads</source>
        <translation>Publiceras som den lyder</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <source>Removed (decided in a newer Rundabord)</source>
        <translation>Tas bort (beslutat i en nyare Rundabord)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behålls</translation>
    </message>
</context>
<context>
    <name>InternalMinutesNotice</name>
    <message numerus="yes">
        <source>%Ln personal identity number(s)</source>
        <translation>
            <numerusform>%Ln personnummer</numerusform>
            <numerusform>%Ln personnummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coordination number(s)</source>
        <translation>
            <numerusform>%Ln samordningsnummer</numerusform>
            <numerusform>%Ln samordningsnummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <translation>
            <numerusform>%Ln e-postadress</numerusform>
            <numerusform>%Ln e-postadresser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <translation>
            <numerusform>%Ln telefonnummer</numerusform>
            <numerusform>%Ln telefonnummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personal web address(es)</source>
        <translation>
            <numerusform>%Ln personlig webbadress</numerusform>
            <numerusform>%Ln personliga webbadresser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) of people</source>
        <translation>
            <numerusform>%Ln personnamn</numerusform>
            <numerusform>%Ln personnamn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible name(s) of people</source>
        <translation>
            <numerusform>%Ln möjligt personnamn</numerusform>
            <numerusform>%Ln möjliga personnamn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>The theme report goes to a theme&apos;s working group, outside the secretariat. It leaves out the notes and proposals the personal-data review left out, and prints the rest as they were written: they hold %1, and these will be in the report.</source>
        <translation>Temarapporten går till ett temas arbetsgrupp, utanför sekretariatet. Den utelämnar de anteckningar och förslag som granskningen av personuppgifter utelämnade och skriver ut resten som det skrevs: där finns %1, och de kommer med i rapporten.</translation>
    </message>
    <message>
        <source>Correct the notes first (Review), or leave them out in the personal-data review, unless everyone the report goes to may read this.</source>
        <translation>Rätta anteckningarna först (Granska), eller utelämna dem i granskningen av personuppgifter, om inte alla som får rapporten får läsa detta.</translation>
    </message>
    <message>
        <source>Make the theme report anyway?</source>
        <translation>Skapa temarapporten ändå?</translation>
    </message>
    <message>
        <source>Personal data in the theme report</source>
        <translation>Personuppgifter i temarapporten</translation>
    </message>
    <message>
        <source>The conference minutes are an internal document: they print every note as it was written. The notes hold %1, and these will be in the minutes.</source>
        <translation>Konferensens minnesanteckningar är ett internt dokument: varje anteckning skrivs ut som den skrevs. Anteckningarna innehåller %1, och de kommer med i minnesanteckningarna.</translation>
    </message>
    <message>
        <source>Only the public feedback report and open data pass the personal-data review. Share these minutes only with those who may read personal data.</source>
        <translation>Det är bara återkopplingen till deltagarna och öppna data som går igenom granskningen av personuppgifter. Dela minnesanteckningarna bara med dem som får läsa personuppgifter.</translation>
    </message>
    <message>
        <source>Make the minutes anyway?</source>
        <translation>Skapa minnesanteckningarna ändå?</translation>
    </message>
    <message>
        <source>Personal data in the minutes</source>
        <translation>Personuppgifter i minnesanteckningarna</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>&amp;Table minutes…</source>
        <translation>&amp;Bordets minnesanteckningar…</translation>
    </message>
    <message>
        <source>The table&apos;s notes, proposals and themes as PDF minutes, for the chair to check and sign</source>
        <translation>Bordets anteckningar, förslag och teman som minnesanteckningar i PDF, för bordsordföranden att granska och justera</translation>
    </message>
    <message>
        <source>Table minutes &amp;with photos of the paper…</source>
        <translation>Bordets minnesanteckningar med &amp;foton av pappret…</translation>
    </message>
    <message>
        <source>The table minutes with the photos of the table&apos;s paper as an appendix</source>
        <translation>Bordets minnesanteckningar med foton av bordets papper som bilaga</translation>
    </message>
    <message>
        <source>&amp;Conference minutes…</source>
        <translation>&amp;Konferensens minnesanteckningar…</translation>
    </message>
    <message>
        <source>Every table&apos;s notes by question and theme, ranked proposals, counts and a chart</source>
        <translation>Alla bords anteckningar per fråga och tema, förslagen rangordnade, antal och ett diagram</translation>
    </message>
    <message>
        <source>T&amp;heme report…</source>
        <translation>&amp;Temarapport…</translation>
    </message>
    <message>
        <source>Guiding words and what needs to be done, per theme, across the process&apos;s conferences</source>
        <translation>Ledord och vad som behöver göras, per tema, från processens alla konferenser</translation>
    </message>
    <message>
        <source>Public report te&amp;xts…</source>
        <translation>Texter i återkopplings&amp;rapporten…</translation>
    </message>
    <message>
        <source>Write the public report&apos;s foreword, contact, how to respond and what happens next</source>
        <translation>Skriv återkopplingsrapportens förord, kontaktuppgifter, hur man svarar och vad som händer sedan</translation>
    </message>
    <message>
        <source>&amp;Public feedback report…</source>
        <translation>&amp;Återkoppling till deltagarna…</translation>
    </message>
    <message>
        <source>What was said and what happened to the proposals, without personal data, as PDF and HTML</source>
        <translation>Vad som sades och vad som hänt med förslagen, utan personuppgifter, som PDF och HTML</translation>
    </message>
    <message>
        <source>Export &amp;open data…</source>
        <translation>Exportera &amp;öppna data…</translation>
    </message>
    <message>
        <source>The conference&apos;s notes and proposals as CSV or JSON</source>
        <translation>Konferensens anteckningar och förslag som CSV eller JSON</translation>
    </message>
    <message>
        <source>Print &amp;last document…</source>
        <translation>Skriv &amp;ut senaste dokumentet…</translation>
    </message>
    <message>
        <source>Print the PDF made last through the print dialog</source>
        <translation>Skriv ut den senast skapade PDF-filen via utskriftsdialogen</translation>
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
        <source>Print minutes</source>
        <translation>Skriv ut minnesanteckningar</translation>
    </message>
    <message>
        <source>Table minutes</source>
        <translation>Bordets minnesanteckningar</translation>
    </message>
    <message>
        <source>Save table minutes</source>
        <translation>Spara bordets minnesanteckningar</translation>
    </message>
    <message>
        <source>Save conference minutes</source>
        <translation>Spara konferensens minnesanteckningar</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>Theme report</source>
        <translation>Temarapport</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Save theme report</source>
        <translation>Spara temarapport</translation>
    </message>
    <message>
        <source>Save public feedback report</source>
        <translation>Spara återkopplingen till deltagarna</translation>
    </message>
    <message>
        <source>The same report was saved as an accessible web page beside it (.html).</source>
        <translation>Samma rapport sparades också som en tillgänglig webbsida bredvid den (.html).</translation>
    </message>
    <message>
        <source>Export open data</source>
        <translation>Exportera öppna data</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>CSV för Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open data exported</source>
        <translation>Öppna data exporterade</translation>
    </message>
    <message>
        <source>The notes and proposals were saved as %1.</source>
        <translation>Anteckningarna och förslagen sparades som %1.</translation>
    </message>
    <message>
        <source>Exporting open data</source>
        <translation>Exporterar öppna data</translation>
    </message>
    <message>
        <source>Printing %1</source>
        <translation>Skriver ut %1</translation>
    </message>
    <message>
        <source>No conference</source>
        <translation>Ingen konferens</translation>
    </message>
    <message>
        <source>Choose a conference first, then try again.</source>
        <translation>Välj en konferens först och försök sedan igen.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Making %1</source>
        <translation>Skapar %1</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kan inte spara %1</translation>
    </message>
    <message>
        <source>%1 was saved (1 page).</source>
        <translation>%1 har sparats (1 sida).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was saved (%Ln pages).</source>
        <translation>
            <numerusform>%1 har sparats (%Ln sida).</numerusform>
            <numerusform>%1 har sparats (%Ln sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print it now?</source>
        <translation>Vill du skriva ut det nu?</translation>
    </message>
    <message>
        <source>Document ready</source>
        <translation>Dokumentet är klart</translation>
    </message>
</context>
<context>
    <name>MinutesPrint</name>
    <message>
        <source>The document has 1 page; the chosen range does not include it.</source>
        <translation>Dokumentet har 1 sida; det valda intervallet omfattar den inte.</translation>
    </message>
    <message>
        <source>The document has %1 pages; the chosen range has none of them.</source>
        <translation>Dokumentet har %1 sidor; det valda intervallet omfattar ingen av dem.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Skrivaren kunde inte startas. Kontrollera att den är påslagen och försök igen.</translation>
    </message>
</context>
<context>
    <name>PrivacyReviewDialog</name>
    <message>
        <source>Personal data before publishing</source>
        <translation>Personuppgifter före publicering</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Funna personuppgifter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Leave the selected findings out of what is published</source>
        <translation>Ta bort de markerade fynden ur det som publiceras</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>Publish the selected findings as written</source>
        <translation>Publicera de markerade fynden som de står</translation>
    </message>
    <message>
        <source>Re&amp;write…</source>
        <translation>Skriv &amp;om…</translation>
    </message>
    <message>
        <source>Publish your own words instead of the selected finding</source>
        <translation>Publicera egna ord i stället för det markerade fyndet</translation>
    </message>
    <message>
        <source>Leave the &amp;note out</source>
        <translation>&amp;Utelämna anteckningen</translation>
    </message>
    <message>
        <source>Leave the whole note or proposal of the selected findings out of what is published</source>
        <translation>Utelämna hela anteckningen eller förslaget med de markerade fynden ur det som publiceras</translation>
    </message>
    <message>
        <source>Remove all &amp;undecided</source>
        <translation>Ta bort a&amp;lla obeslutade</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Skriv om</translation>
    </message>
    <message>
        <source>Publish instead of “%1”:</source>
        <translation>Publicera i stället för ”%1”:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings of possible personal data in what would be published.</source>
        <translation>
            <numerusform>%Ln fynd av möjliga personuppgifter i det som skulle publiceras.</numerusform>
            <numerusform>%Ln fynd av möjliga personuppgifter i det som skulle publiceras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide each: remove, keep, rewrite or leave the note out; publishing waits until all are decided.</source>
        <translation>Besluta för vart och ett: ta bort, behåll, skriv om eller utelämna anteckningen. Inget publiceras förrän alla är beslutade.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undecided.</source>
        <translation>
            <numerusform>%Ln ej beslutat.</numerusform>
            <numerusform>%Ln ej beslutade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicTextsDialog</name>
    <message>
        <source>Texts of the public report</source>
        <translation>Texter i återkopplingsrapporten</translation>
    </message>
    <message>
        <source>The feedback report opens with these texts. An empty field keeps the wording shown in grey. The texts pass the personal-data review before anything is published.</source>
        <translation>Återkopplingsrapporten inleds med de här texterna. Ett tomt fält behåller formuleringen som står i grått. Texterna går igenom granskningen av personuppgifter innan något publiceras.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save and &amp;preview the report…</source>
        <translation>Spara och förhands&amp;granska rapporten…</translation>
    </message>
    <message>
        <source>Save the texts, then make the public report to look at it</source>
        <translation>Spara texterna och gör sedan återkopplingsrapporten så att du ser hur den blir</translation>
    </message>
    <message>
        <source>Left empty, the report says: “%1”</source>
        <translation>Lämnas fältet tomt står det i rapporten: ”%1”</translation>
    </message>
    <message>
        <source>&amp;Foreword or summary:</source>
        <translation>&amp;Förord eller sammanfattning:</translation>
    </message>
    <message>
        <source>A few lines on what the day was about and what came out of it.</source>
        <translation>Några rader om vad dagen handlade om och vad den ledde till.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>A function and an address, e.g. the development unit, utveckling@region.se</source>
        <translation>En funktion och en adress, t.ex. utvecklingsenheten, utveckling@region.se</translation>
    </message>
    <message>
        <source>How to &amp;respond:</source>
        <translation>&amp;Hur man svarar:</translation>
    </message>
    <message>
        <source>What happens &amp;next:</source>
        <translation>&amp;Vad händer sedan:</translation>
    </message>
    <message>
        <source>Cannot save the texts</source>
        <translation>Det gick inte att spara texterna</translation>
    </message>
    <message>
        <source>Edit the public report&apos;s texts</source>
        <translation>Ändra återkopplingsrapportens texter</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kasta ändringarna?</translation>
    </message>
    <message>
        <source>The texts you changed are not saved. Discard the changes?</source>
        <translation>Ändringarna i texterna är inte sparade. Vill du kasta dem?</translation>
    </message>
</context>
</TS>
