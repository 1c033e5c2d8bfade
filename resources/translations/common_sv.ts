<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="66"/>
        <source>Choose another workspace folder with --workspace.</source>
        <translation>Välj en annan arbetsmapp med --workspace.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="87"/>
        <source>The computer refused a file operation: {0}</source>
        <translation>Datorn vägrade en filåtgärd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="88"/>
        <source>Check that the disk has space and the folder can be written, then try again.</source>
        <translation>Kontrollera att det finns plats på disken och att mappen går att skriva till, och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="93"/>
        <source>Something went wrong that Rundabord did not expect. Your notes are saved.</source>
        <translation>Något oväntat gick fel i Rundabord. Dina anteckningar är sparade.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="96"/>
        <source>Try again. If it happens again, restart Rundabord and tell the secretariat what you did.</source>
        <translation>Försök igen. Om det händer igen, starta om Rundabord och berätta för sekretariatet vad du gjorde.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="212"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
