<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BundleOpener</name>
    <message>
        <source>Cannot open bundle</source>
        <translation>Paketet kan inte öppnas</translation>
    </message>
    <message>
        <source>{name} was not opened: this window cannot open bundles from the file manager. Open it from inside Rundabord instead.</source>
        <translation>{name} öppnades inte: det här fönstret kan inte öppna paket från filhanteraren. Öppna det inifrån Rundabord i stället.</translation>
    </message>
</context>
</TS>
