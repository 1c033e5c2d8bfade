<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CardActions</name>
    <message>
        <source>Take a proposal out</source>
        <translation>Ta ut ett förslag</translation>
    </message>
    <message>
        <source>Which proposal becomes a proposal of its own again?</source>
        <translation>Vilket förslag ska bli ett eget förslag igen?</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>Bord %1: %2</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Ta ut</translation>
    </message>
    <message>
        <source>Summary for participants</source>
        <translation>Sammanfattning för deltagarna</translation>
    </message>
    <message>
        <source>What has happened to “%1”, in plain words (printed in the public report):</source>
        <translation>Vad har hänt med ”%1”, med enkla ord (skrivs ut i återkopplingen till deltagarna):</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <source>No longer a proposal of its own (merged or unmerged)</source>
        <translation>Inte längre ett eget förslag (sammanslaget eller delat)</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ingen sammanfattning)</translation>
    </message>
    <message>
        <source>A proposal of its own</source>
        <translation>Ett eget förslag</translation>
    </message>
    <message>
        <source>Merged from %1 proposals: %2</source>
        <translation>Sammanslaget av %1 förslag: %2</translation>
    </message>
    <message>
        <source>No links to other conferences</source>
        <translation>Inga länkar till andra konferenser</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Länkat till: %1</translation>
    </message>
    <message>
        <source>Another window here</source>
        <translation>Ett annat fönster här</translation>
    </message>
    <message>
        <source>Another secretary</source>
        <translation>Någon annan i sekretariatet</translation>
    </message>
    <message>
        <source>%1 changed the status of “%2” meanwhile.</source>
        <translation>%1 ändrade status för ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the wording of “%2” meanwhile.</source>
        <translation>%1 ändrade formuleringen av ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the summary for participants of “%2” meanwhile.</source>
        <translation>%1 ändrade sammanfattningen för deltagarna av ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 merged or unmerged “%2” meanwhile.</source>
        <translation>%1 slog samman eller delade ”%2” under tiden.</translation>
    </message>
    <message>
        <source>%1 changed the links of “%2” to other conferences meanwhile.</source>
        <translation>%1 ändrade länkarna från ”%2” till andra konferenser under tiden.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Det som står nu</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <source>Record yours over it, or keep what is there?</source>
        <translation>Vill du spara ditt i stället, eller behålla det som står?</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Ändrat under tiden</translation>
    </message>
    <message>
        <source>Record &amp;mine</source>
        <translation>&amp;Spara mitt</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Behåll det som står</translation>
    </message>
    <message>
        <source>Apart again</source>
        <translation>Isär igen</translation>
    </message>
    <message>
        <source>Apart again. Lost from sight: the merged proposal “%1” with its status and summary (undo brings it back). Kept: the %2 originals, each with its own wording, table and votes: %3</source>
        <translation>Isär igen. Försvinner ur sikte: det sammanslagna förslaget ”%1” med sin status och sammanfattning (Ångra tar tillbaka det). Kvar: de %2 ursprungliga förslagen, vart och ett med sin egen formulering, sitt bord och sina röster: %3</translation>
    </message>
</context>
<context>
    <name>CouncilModel</name>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>Datumet för uppföljning har passerat</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 försenad</translation>
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <source>Show &amp;proposals from:</source>
        <translation>Visa förslag &amp;från:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To decide on and under way</source>
        <translation>Att besluta om och pågående</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Only &amp;overdue reviews</source>
        <translation>Bara &amp;försenade uppföljningar</translation>
    </message>
    <message>
        <source>Proposals the council follows</source>
        <translation>Förslag som rådet följer</translation>
    </message>
    <message>
        <source>&amp;Select for the process…</source>
        <translation>&amp;Välj för processen…</translation>
    </message>
    <message>
        <source>&amp;Do not pursue…</source>
        <translation>&amp;Driv inte vidare…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Ändra s&amp;tatus…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>A&amp;nsvarig:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <translation>Förslag: %1</translation>
    </message>
    <message>
        <source>overdue reviews: %1</source>
        <translation>försenade uppföljningar: %1</translation>
    </message>
    <message>
        <source>No conference yet. Make one on the Prepare tab, with New conference… or Load TOML…: the council follows the proposals of its tables here.</source>
        <translation>Ingen konferens ännu. Skapa en på fliken Förbered, med ”Ny konferens…” eller ”Läs in TOML…”: här följer tillväxtrådet förslagen från dess bord.</translation>
    </message>
    <message numerus="yes">
        <source>The council has no proposals to decide on yet. %Ln new proposal(s) wait on the Proposals tab: shortlist them there, or choose Status: Every status.</source>
        <translation>
            <numerusform>Rådet har inga förslag att besluta om ännu. %Ln nytt förslag väntar under fliken Förslag: sätt det på kortlistan där, eller välj Status: Alla statusar.</numerusform>
            <numerusform>Rådet har inga förslag att besluta om ännu. %Ln nya förslag väntar under fliken Förslag: sätt dem på kortlistan där, eller välj Status: Alla statusar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal has this status. Choose Status: Every status to see them all.</source>
        <translation>Inget förslag har den här statusen. Välj Status: Alla statusar för att se alla.</translation>
    </message>
    <message>
        <source>No proposals yet: they come with the tables&apos; notes.</source>
        <translation>Inga förslag än: de kommer med bordens anteckningar.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on a proposal</source>
        <translation>Beslut om ett förslag</translation>
    </message>
    <message>
        <source>What was decided, and what happens next</source>
        <translation>Vad som beslutades och vad som händer nu</translation>
    </message>
    <message>
        <source>Why the process does not pursue it (required)</source>
        <translation>Varför processen inte driver det vidare (krävs)</translation>
    </message>
    <message>
        <source>Person or organisation that drives it</source>
        <translation>Person eller organisation som driver det</translation>
    </message>
    <message>
        <source>An organisation is named in the public feedback; a person never is.</source>
        <translation>En organisation nämns i den offentliga återkopplingen, en person aldrig.</translation>
    </message>
    <message>
        <source>Kind of owner</source>
        <translation>Typ av ansvarig</translation>
    </message>
    <message>
        <source>E-mail or telephone (never published)</source>
        <translation>E-post eller telefon (publiceras aldrig)</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdag</translation>
    </message>
    <message>
        <source>e.g. the growth council, 20 May</source>
        <translation>t.ex. tillväxtrådet 20 maj</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Who decided: the council, the secretariat, a name</source>
        <translation>Vem som beslutade: tillväxtrådet, sekretariatet, ett namn</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>Decided o&amp;n:</source>
        <translation>Beslutsda&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Beslutat a&amp;v:</translation>
    </message>
    <message>
        <source>Give the reason: participants will read it in the feedback.</source>
        <translation>Ange skälet: deltagarna läser det i återkopplingen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of a proposal</source>
        <translation>Ett förslags historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Decision, reason or words</source>
        <translation>Beslut, skäl eller lydelse</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>No decisions yet: the proposal is new.</source>
        <translation>Inga beslut ännu: förslaget är nytt.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Raised at table %1</source>
        <translation>Togs upp vid bord %1</translation>
    </message>
    <message>
        <source>Raised again at table %1</source>
        <translation>Togs upp igen vid bord %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Slogs samman</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, vid %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Same proposal, raised again</source>
        <translation>Samma förslag, taget upp igen</translation>
    </message>
    <message>
        <source>Which proposal of another conference is the same as: %1</source>
        <translation>Vilket förslag från en annan konferens är detsamma som: %1</translation>
    </message>
    <message>
        <source>Linked already: %1</source>
        <translation>Redan kopplat till: %1</translation>
    </message>
    <message>
        <source>Not linked to any other conference&apos;s proposal yet.</source>
        <translation>Ännu inte kopplat till något förslag från en annan konferens.</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Filter by words or conference</source>
        <translation>Filtrera på ord eller konferens</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Proposals of other conferences, most alike first</source>
        <translation>Förslag från andra konferenser, de mest lika först</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppla</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Decision on %1 proposals</source>
        <translation>Beslut om %1 förslag</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Kan inte ändra status</translation>
    </message>
    <message>
        <source>The status before yours (undo)</source>
        <translation>Statusen före din (ångra)</translation>
    </message>
    <message>
        <source>Merged into one: %1</source>
        <translation>Sammanslagna till ett: %1</translation>
    </message>
    <message>
        <source>All in the merged “%1”: %2</source>
        <translation>Alla i det sammanslagna ”%1”: %2</translation>
    </message>
    <message>
        <source>Merge %1 proposals</source>
        <translation>Slå samman %1 förslag</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Kan inte slå samman</translation>
    </message>
    <message>
        <source>Apart again (undo)</source>
        <translation>Isär igen (ångra)</translation>
    </message>
    <message>
        <source>Unmerge a proposal</source>
        <translation>Dela upp ett förslag</translation>
    </message>
    <message>
        <source>Cannot unmerge</source>
        <translation>Kan inte dela upp</translation>
    </message>
    <message>
        <source>Merged again (undo)</source>
        <translation>Sammanslaget igen (ångra)</translation>
    </message>
    <message>
        <source>Reword a merged proposal</source>
        <translation>Formulera om ett sammanslaget förslag</translation>
    </message>
    <message>
        <source>Cannot change the wording</source>
        <translation>Kan inte ändra formuleringen</translation>
    </message>
    <message>
        <source>Take a proposal out of a merged one</source>
        <translation>Ta ut ett förslag ur ett sammanslaget</translation>
    </message>
    <message>
        <source>Cannot take the proposal out</source>
        <translation>Kan inte ta ut förslaget</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Utplockat: %1</translation>
    </message>
    <message>
        <source>Put back (undo)</source>
        <translation>Tillbaka i det sammanslagna (ångra)</translation>
    </message>
    <message>
        <source>Link to an earlier proposal</source>
        <translation>Koppla till ett tidigare förslag</translation>
    </message>
    <message>
        <source>Cannot link the proposals</source>
        <translation>Kan inte koppla ihop förslagen</translation>
    </message>
    <message>
        <source>Linked to this one too: %1</source>
        <translation>Länkat även till: %1</translation>
    </message>
    <message>
        <source>Not linked (undo)</source>
        <translation>Inte länkat (ångra)</translation>
    </message>
    <message>
        <source>Remove a link to an earlier proposal</source>
        <translation>Ta bort en koppling till ett tidigare förslag</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>Kan inte ta bort kopplingen</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Länken borttagen</translation>
    </message>
    <message>
        <source>Linked again (undo)</source>
        <translation>Länkat igen (ångra)</translation>
    </message>
    <message>
        <source>Summary for participants</source>
        <translation>Sammanfattning för deltagarna</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>Kan inte spara sammanfattningen</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ingen sammanfattning)</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>På kortlistan</translation>
    </message>
    <message>
        <source>Selected by the council</source>
        <translation>Valt av tillväxtrådet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Not pursued</source>
        <translation>Drivs inte vidare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>ProposalsBoard</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Show &amp;proposals from:</source>
        <translation>&amp;Visa förslag från:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <source>&amp;Merge selected</source>
        <translation>Slå samman &amp;markerade</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Dela upp</translation>
    </message>
    <message>
        <source>&amp;Wording…</source>
        <translation>F&amp;ormulering…</translation>
    </message>
    <message>
        <source>Change the wording of a merged proposal</source>
        <translation>Ändra formuleringen av ett sammanslaget förslag</translation>
    </message>
    <message>
        <source>Simi&amp;lar proposals…</source>
        <translation>Liknande &amp;förslag…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Merge the selected proposals; with a merged proposal among them, the others join it</source>
        <translation>Slå samman de markerade förslagen; är ett sammanslaget förslag bland dem läggs de andra till i det</translation>
    </message>
    <message>
        <source>Take &amp;out…</source>
        <translation>&amp;Ta ut…</translation>
    </message>
    <message>
        <source>Take one proposal out of a merged one; the rest stay merged</source>
        <translation>Ta ut ett förslag ur ett sammanslaget; resten förblir sammanslagna</translation>
    </message>
    <message>
        <source>Raised &amp;again…</source>
        <translation>Togs upp &amp;igen…</translation>
    </message>
    <message>
        <source>Link the proposal to the same proposal at another conference of the process</source>
        <translation>Koppla förslaget till samma förslag vid en annan konferens i processen</translation>
    </message>
    <message>
        <source>Summ&amp;ary…</source>
        <translation>Samm&amp;anfattning…</translation>
    </message>
    <message>
        <source>What participants read about the proposal in the public report</source>
        <translation>Det deltagarna läser om förslaget i återkopplingen</translation>
    </message>
    <message>
        <source>Proposal actions</source>
        <translation>Åtgärder för förslag</translation>
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
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>No proposal has this theme. Choose Theme: All themes to see them all.</source>
        <translation>Inget förslag har det här temat. Välj Tema: Alla teman för att se alla.</translation>
    </message>
    <message>
        <source>No proposals yet. They come with the tables&apos; notes: a note of the kind Proposal lands here once its table&apos;s bundle is merged.</source>
        <translation>Inga förslag än. De kommer med bordens anteckningar: en anteckning av typen Förslag hamnar här när bordets paket har slagits samman.</translation>
    </message>
    <message>
        <source>1 proposal</source>
        <translation>1 förslag</translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation>%1 förslag</translation>
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
        <source>Cannot merge</source>
        <translation>Kan inte slå samman</translation>
    </message>
    <message>
        <source>Wording of a merged proposal</source>
        <translation>Formulering av ett sammanslaget förslag</translation>
    </message>
    <message>
        <source>The merged proposal&apos;s words (its %1 original proposals keep theirs):</source>
        <translation>Det sammanslagna förslagets lydelse (dess %1 ursprungliga förslag behåller sina):</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>Kan inte visa historiken</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>1 vote</source>
        <translation>1 röst</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 röster</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>bord %1</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>bord %1</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>sammanslaget av %1</translation>
    </message>
    <message>
        <source>⚠ Review overdue since %1</source>
        <translation>⚠ Uppföljningen försenad sedan %1</translation>
    </message>
    <message>
        <source>Raised before at %1</source>
        <translation>Togs upp tidigare vid %1</translation>
    </message>
    <message>
        <source>Raised again at %1</source>
        <translation>Togs upp igen vid %1</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Show proposals from</source>
        <translation>Visa förslag från</translation>
    </message>
    <message>
        <source>No conference yet: make one on the Prepare tab</source>
        <translation>Ingen konferens ännu: skapa en på fliken Förbered</translation>
    </message>
    <message>
        <source>%1 — all conferences</source>
        <translation>%1 – alla konferenser</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <source>Similar proposals</source>
        <translation>Liknande förslag</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Looking for similar proposals…</source>
        <translation>Letar efter liknande förslag…</translation>
    </message>
    <message>
        <source>Groups of proposals that seem to say the same thing. Untick a proposal that does not belong; the ticked ones are merged. Merging keeps every original proposal, its table and its votes; the votes are added up. Merging can be undone.</source>
        <translation>Grupper av förslag som verkar säga samma sak. Bocka ur ett förslag som inte hör dit; de ibockade slås samman. Varje ursprungligt förslag finns kvar med sitt bord och sina röster; rösterna räknas samman. Sammanslagningen kan ångras.</translation>
    </message>
    <message>
        <source>Groups of similar proposals</source>
        <translation>Grupper av liknande förslag</translation>
    </message>
    <message>
        <source>&amp;Merge the ticked proposals</source>
        <translation>&amp;Slå samman de ibockade förslagen</translation>
    </message>
    <message>
        <source>Looking for similar proposals</source>
        <translation>Letar efter liknande förslag</translation>
    </message>
    <message>
        <source>Group %1: %2 proposals</source>
        <translation>Grupp %1: %2 förslag</translation>
    </message>
    <message>
        <source>Groups found: %1</source>
        <translation>Hittade grupper: %1</translation>
    </message>
    <message>
        <source>No similar proposals found.</source>
        <translation>Inga liknande förslag hittades.</translation>
    </message>
    <message>
        <source>Compared by meaning, with a language model that runs on this computer.</source>
        <translation>Jämförda efter innebörd, med en språkmodell som körs på den här datorn.</translation>
    </message>
    <message>
        <source>Compared by shared words only: the language model does not run on this computer.</source>
        <translation>Jämförda bara efter gemensamma ord: språkmodellen kan inte köras på den här datorn.</translation>
    </message>
    <message>
        <source>Merged. Undo on the board brings the proposals back apart.</source>
        <translation>Sammanslaget. Ångra på tavlan delar upp förslagen igen.</translation>
    </message>
</context>
</TS>
