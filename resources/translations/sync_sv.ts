<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Synkinställningar</translation>
    </message>
    <message>
        <source>https://… or a folder</source>
        <translation>https://… eller en mapp</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Synkmål</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>leave empty to keep the stored password</source>
        <translation>lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default (60 s)</source>
        <translation>standard (60 s)</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Vänta på servern</translation>
    </message>
    <message>
        <source>How long Rundabord waits for the server to answer before it gives up and tries again later. Make it longer only if a slow server keeps failing the sync.</source>
        <translation>Hur länge Rundabord väntar på att servern ska svara innan den ger upp och försöker igen senare. Öka tiden bara om en långsam server gång på gång får synken att misslyckas.</translation>
    </message>
    <message>
        <source>A WebDAV address (Nextcloud, SharePoint) or a folder: a network share, a USB stick or a folder your cloud service keeps in step. The password is kept in the system&apos;s keyring.</source>
        <translation>En WebDAV-adress (Nextcloud, SharePoint) eller en mapp: en nätverksmapp, ett USB-minne eller en mapp som er molntjänst synkroniserar. Lösenordet sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation>&amp;Vänta på servern:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synkmapp</translation>
    </message>
    <message>
        <source>Cannot use this sync target</source>
        <translation>Synkmålet kan inte användas</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sending %1</source>
        <translation>Skickar %1</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Hämtar %1</translation>
    </message>
    <message>
        <source>Send the outbox to the sync target and fetch what is new</source>
        <translation>Skicka utkorgen till synkmålet och hämta det som är nytt</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>aldrig synkad</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synkad %1</translation>
    </message>
    <message>
        <source>No sync target</source>
        <translation>Inget synkmål</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln att skicka</numerusform>
            <numerusform>%Ln att skicka</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synkar med %1…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynka nu</translation>
    </message>
    <message>
        <source>Sync settin&amp;gs…</source>
        <translation>Synkins&amp;tällningar…</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>inget att skicka</translation>
    </message>
    <message>
        <source>%1 · sync failed: %2 · %3</source>
        <translation>%1 · synken misslyckades: %2 · %3</translation>
    </message>
    <message>
        <source>Sync target: %1</source>
        <translation>Synkmål: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %Ln s</source>
        <translation>
            <numerusform>Nästa försök om %Ln s</numerusform>
            <numerusform>Nästa försök om %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>fel användarnamn eller lösenord</translation>
    </message>
    <message>
        <source>not allowed to write</source>
        <translation>skrivning inte tillåten</translation>
    </message>
    <message>
        <source>target full</source>
        <translation>målet är fullt</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>mappen hittas inte</translation>
    </message>
    <message>
        <source>file locked</source>
        <translation>filen är låst</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>går inte att nå</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skrivskyddad</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>serverfel</translation>
    </message>
    <message>
        <source>local files</source>
        <translation>lokala filer</translation>
    </message>
    <message>
        <source>another sync is running</source>
        <translation>en annan synkning pågår</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. Check them under Sync settings; Rundabord will not try again on its own until you do.</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet. Kontrollera dem under Synkinställningar; Rundabord försöker inte igen av sig själv förrän du har gjort det.</translation>
    </message>
    <message>
        <source>The server does not let this account write to the sync folder. Ask the secretariat to give the account write access.</source>
        <translation>Servern låter inte det här kontot skriva i synkmappen. Be sekretariatet ge kontot skrivbehörighet.</translation>
    </message>
    <message>
        <source>The sync target is full. Ask whoever runs the server to make room (or free space on the disk). Your bundles wait in the outbox and Rundabord tries again.</source>
        <translation>Synkmålet är fullt. Be den som sköter servern att frigöra utrymme (eller frigör plats på disken). Dina exportpaket väntar i utkorgen och Rundabord försöker igen.</translation>
    </message>
    <message>
        <source>The sync folder cannot be found. Is the USB stick plugged in, the share mounted, and the address right?</source>
        <translation>Synkmappen hittas inte. Sitter USB-minnet i, är nätverksmappen ansluten och stämmer adressen?</translation>
    </message>
    <message>
        <source>The server has no sync folder at this address. Check the address under Sync settings: for Nextcloud it ends in /remote.php/dav/files/ followed by the user name and the folder.</source>
        <translation>Servern har ingen synkmapp på den här adressen. Kontrollera adressen under Synkinställningar: för Nextcloud slutar den med /remote.php/dav/files/ följt av användarnamnet och mappen.</translation>
    </message>
    <message>
        <source>A file on the server is locked by someone else. Rundabord tries again.</source>
        <translation>En fil på servern är låst av någon annan. Rundabord försöker igen.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Rundabord tries again. If this server is often slow, let Rundabord wait longer for it under Sync settings (Wait for the server).</source>
        <translation>Servern svarade inte i tid. Rundabord försöker igen. Om servern ofta är långsam kan du låta Rundabord vänta längre på den under Synkinställningar (Vänta på servern).</translation>
    </message>
    <message>
        <source>Cannot reach the sync target; perhaps there is no network here. Your bundles wait in the outbox and go out as soon as the target is reachable.</source>
        <translation>Synkmålet går inte att nå; kanske finns det inget nätverk här. Dina exportpaket väntar i utkorgen och skickas så snart målet går att nå.</translation>
    </message>
    <message>
        <source>The sync folder is read-only. Choose a folder you may write to.</source>
        <translation>Synkmappen är skrivskyddad. Välj en mapp som du får skriva i.</translation>
    </message>
    <message>
        <source>The server answered with an error. Rundabord tries again.</source>
        <translation>Servern svarade med ett fel. Rundabord försöker igen.</translation>
    </message>
    <message>
        <source>Rundabord could not read or write its own files on this computer.</source>
        <translation>Rundabord kunde inte läsa eller skriva sina egna filer på den här datorn.</translation>
    </message>
    <message>
        <source>Another window or command is syncing this workspace right now. Rundabord tries again when it has finished.</source>
        <translation>Ett annat fönster eller kommando synkar den här arbetsytan just nu. Rundabord försöker igen när det är klart.</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>Synken misslyckades.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>No sync target is set yet. Choose one under Sync settings.</source>
        <translation>Inget synkmål är valt ännu. Välj ett under Synkinställningar.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synkar</translation>
    </message>
    <message>
        <source>Sync finished with problems</source>
        <translation>Synken är klar, men med problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be used; the details say why.</source>
        <translation>
            <numerusform>%Ln paket kunde inte användas; detaljerna visar varför.</numerusform>
            <numerusform>%Ln paket kunde inte användas; detaljerna visar varför.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: nothing new to send or fetch</source>
        <translation>Senaste synk: inget nytt att skicka eller hämta</translation>
    </message>
    <message>
        <source>Last sync: sent %1, fetched %2</source>
        <translation>Senaste synk: skickade %1, hämtade %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln konflikt att granska</numerusform>
            <numerusform>%Ln konflikter att granska</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held bundle(s) imported, the key now trusted</source>
        <translation>
            <numerusform>%Ln paket ur karantänen importerat, nyckeln är nu betrodd</numerusform>
            <numerusform>%Ln paket ur karantänen importerade, nyckeln är nu betrodd</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synken misslyckades</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Synkstatus</translation>
    </message>
</context>
</TS>
