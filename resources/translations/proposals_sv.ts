<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CouncilView</name>
    <message>
        <source>Show &amp;proposals from:</source>
        <translation>Visa förslag &amp;från:</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Kortlista</translation>
    </message>
    <message>
        <source>Selected by the council</source>
        <translation>Valda av tillväxtrådet</translation>
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
        <source>Histor&amp;y…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Shortlist, to decide on: %1</source>
        <translation>Kortlistan, att besluta om: %1</translation>
    </message>
    <message>
        <source>Selected by the council: %1</source>
        <translation>Valda av tillväxtrådet: %1</translation>
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
        <source>E-mail or telephone (never published)</source>
        <translation>E-post eller telefon (publiceras aldrig)</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>Who decided: the council, the secretariat, a name</source>
        <translation>Vem som beslutade: tillväxtrådet, kansliet, ett namn</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision or reason</source>
        <translation>Beslut eller skäl</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
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
        <source>Merge %1 proposals</source>
        <translation>Slå samman %1 förslag</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Kan inte slå samman</translation>
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
        <source>Reword a merged proposal</source>
        <translation>Formulera om ett sammanslaget förslag</translation>
    </message>
    <message>
        <source>Cannot change the wording</source>
        <translation>Kan inte ändra formuleringen</translation>
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
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Show proposals from</source>
        <translation>Visa förslag från</translation>
    </message>
    <message>
        <source>%1 — all conferences</source>
        <translation>%1 – alla konferenser</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
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
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <source>Similar proposals</source>
        <translation>Liknande förslag</translation>
    </message>
    <message>
        <source>Groups of proposals that seem to say the same thing. Merging keeps every original proposal, its table and its votes; the votes are added up. Merging can be undone.</source>
        <translation>Grupper av förslag som verkar säga samma sak. En sammanslagning behåller varje ursprungligt förslag, dess bord och dess röster; rösterna räknas samman. Sammanslagningen kan ångras.</translation>
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
        <source>&amp;Merge this group</source>
        <translation>&amp;Slå samman den här gruppen</translation>
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
        <source>Merged. Undo on the board brings the proposals back apart.</source>
        <translation>Sammanslaget. Ångra på tavlan delar upp förslagen igen.</translation>
    </message>
</context>
</TS>
