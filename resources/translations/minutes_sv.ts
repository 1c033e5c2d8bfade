<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>MinutesActions</name>
    <message>
        <source>Print &amp;table minutes…</source>
        <translation>Skriv ut &amp;bordets minnesanteckningar…</translation>
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
        <source>&amp;Print last document…</source>
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
        <source>%1 was saved (1 page).</source>
        <translation>%1 har sparats (1 sida).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was saved (%n pages).</source>
        <translation>
            <numerusform>%1 har sparats (%n sida).</numerusform>
            <numerusform>%1 har sparats (%n sidor).</numerusform>
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
</TS>
