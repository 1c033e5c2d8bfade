<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CouncilView</name>
    <message>
        <location filename="../../ui/proposals/council.py" line="117"/>
        <source>Show &amp;proposals from:</source>
        <translation>Visa förslag &amp;från:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="121"/>
        <source>Shortlist</source>
        <translation>Kortlista</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="122"/>
        <source>Selected by the council</source>
        <translation>Valda av tillväxtrådet</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="131"/>
        <source>&amp;Select for the process…</source>
        <translation>&amp;Välj för processen…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="132"/>
        <source>&amp;Do not pursue…</source>
        <translation>&amp;Driv inte vidare…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="133"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="134"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="188"/>
        <source>Shortlist, to decide on: %1</source>
        <translation>Kortlistan, att besluta om: %1</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="190"/>
        <source>Selected by the council: %1</source>
        <translation>Valda av tillväxtrådet: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="52"/>
        <source>Decision on a proposal</source>
        <translation>Beslut om ett förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="71"/>
        <source>What was decided, and what happens next</source>
        <translation>Vad som beslutades och vad som händer nu</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="75"/>
        <source>Why the process does not pursue it (required)</source>
        <translation>Varför processen inte driver det vidare (krävs)</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="77"/>
        <source>Person or organisation that drives it</source>
        <translation>Person eller organisation som driver det</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="84"/>
        <source>An organisation is named in the public feedback; a person never is.</source>
        <translation>En organisation nämns i den offentliga återkopplingen, en person aldrig.</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="87"/>
        <source>E-mail or telephone (never published)</source>
        <translation>E-post eller telefon (publiceras aldrig)</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="88"/>
        <source>Review on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="100"/>
        <source>Who decided: the council, the secretariat, a name</source>
        <translation>Vem som beslutade: tillväxtrådet, kansliet, ett namn</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="112"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="113"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="114"/>
        <location filename="../../ui/proposals/decision_dialog.py" line="127"/>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="115"/>
        <location filename="../../ui/proposals/decision_dialog.py" line="128"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="116"/>
        <source>&amp;Contact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="117"/>
        <location filename="../../ui/proposals/decision_dialog.py" line="129"/>
        <source>Re&amp;view:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="118"/>
        <source>Decided &amp;by:</source>
        <translation>Beslutat a&amp;v:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/decision_dialog.py" line="161"/>
        <source>Give the reason: participants will read it in the feedback.</source>
        <translation>Ange skälet: deltagarna läser det i återkopplingen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="19"/>
        <source>History of a proposal</source>
        <translation>Ett förslags historik</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="27"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="29"/>
        <source>Decision or reason</source>
        <translation>Beslut eller skäl</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="30"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="31"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="32"/>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="33"/>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/history_dialog.py" line="46"/>
        <source>No decisions yet: the proposal is new.</source>
        <translation>Inga beslut ännu: förslaget är nytt.</translation>
    </message>
</context>
<context>
    <name>ProposalCommand</name>
    <message>
        <location filename="../../ui/proposals/commands.py" line="51"/>
        <source>Cannot undo or redo</source>
        <translation>Kan inte ångra eller göra om</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/commands.py" line="52"/>
        <source>{0}

The step was removed from the undo history.</source>
        <translation>{0}

Steget togs bort ur ångrahistoriken.</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../ui/proposals/editing.py" line="42"/>
        <source>Decision on %1 proposals</source>
        <translation>Beslut om %1 förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="67"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="71"/>
        <source>Cannot change the status</source>
        <translation>Kan inte ändra status</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="88"/>
        <source>Merge %1 proposals</source>
        <translation>Slå samman %1 förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="92"/>
        <source>Cannot merge</source>
        <translation>Kan inte slå samman</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="110"/>
        <source>Unmerge a proposal</source>
        <translation>Dela upp ett förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="114"/>
        <source>Cannot unmerge</source>
        <translation>Kan inte dela upp</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="135"/>
        <source>Reword a merged proposal</source>
        <translation>Formulera om ett sammanslaget förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/editing.py" line="139"/>
        <source>Cannot change the wording</source>
        <translation>Kan inte ändra formuleringen</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../ui/proposals/texts.py" line="10"/>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="11"/>
        <source>Shortlisted</source>
        <translation>På kortlistan</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="12"/>
        <source>Selected by the council</source>
        <translation>Valt av tillväxtrådet</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="13"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="14"/>
        <source>Done</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="15"/>
        <source>Not pursued</source>
        <translation>Drivs inte vidare</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="22"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/texts.py" line="23"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>ProposalsBoard</name>
    <message>
        <location filename="../../ui/proposals/board.py" line="140"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="143"/>
        <source>Show &amp;proposals from:</source>
        <translation>&amp;Visa förslag från:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="145"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="148"/>
        <source>Change &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="149"/>
        <source>&amp;Merge selected</source>
        <translation>Slå samman &amp;markerade</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="150"/>
        <source>&amp;Unmerge</source>
        <translation>&amp;Dela upp</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="151"/>
        <source>&amp;Wording…</source>
        <translation>F&amp;ormulering…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="152"/>
        <source>Change the wording of a merged proposal</source>
        <translation>Ändra formuleringen av ett sammanslaget förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="154"/>
        <source>Simi&amp;lar proposals…</source>
        <translation>Liknande &amp;förslag…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="155"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="196"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="198"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="236"/>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="261"/>
        <source>1 proposal</source>
        <translation>1 förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="263"/>
        <source>%1 proposals</source>
        <translation>%1 förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="266"/>
        <source>1 vote</source>
        <translation>1 röst</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="266"/>
        <source>%1 votes</source>
        <translation>%1 röster</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="353"/>
        <source>Wording of a merged proposal</source>
        <translation>Formulering av ett sammanslaget förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="355"/>
        <source>The merged proposal&apos;s words (its %1 original proposals keep theirs):</source>
        <translation>Det sammanslagna förslagets lydelse (dess %1 ursprungliga förslag behåller sina):</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/board.py" line="391"/>
        <source>Cannot show the history</source>
        <translation>Kan inte visa historiken</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../ui/proposals/model.py" line="70"/>
        <source>1 vote</source>
        <translation>1 röst</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/model.py" line="70"/>
        <source>%1 votes</source>
        <translation>%1 röster</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/model.py" line="71"/>
        <source>table %1</source>
        <translation>bord %1</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/model.py" line="73"/>
        <source>tables %1</source>
        <translation>bord %1</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/model.py" line="76"/>
        <source>merged from %1</source>
        <translation>sammanslaget av %1</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../ui/proposals/scope.py" line="23"/>
        <source>Show proposals from</source>
        <translation>Visa förslag från</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/scope.py" line="39"/>
        <source>%1 — all conferences</source>
        <translation>%1 – alla konferenser</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message>
        <location filename="../../ui/proposals/council.py" line="49"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="50"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="51"/>
        <source>Tables</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="52"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="53"/>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="56"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/council.py" line="56"/>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="53"/>
        <source>Similar proposals</source>
        <translation>Liknande förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="57"/>
        <source>Groups of proposals that seem to say the same thing. Merging keeps every original proposal, its table and its votes; the votes are added up. Merging can be undone.</source>
        <translation>Grupper av förslag som verkar säga samma sak. En sammanslagning behåller varje ursprungligt förslag, dess bord och dess röster; rösterna räknas samman. Sammanslagningen kan ångras.</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="63"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="63"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="63"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="79"/>
        <source>Looking for similar proposals…</source>
        <translation>Letar efter liknande förslag…</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="80"/>
        <source>&amp;Merge this group</source>
        <translation>&amp;Slå samman den här gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="97"/>
        <source>Looking for similar proposals</source>
        <translation>Letar efter liknande förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="107"/>
        <source>Group %1: %2 proposals</source>
        <translation>Grupp %1: %2 förslag</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="129"/>
        <source>Groups found: %1</source>
        <translation>Hittade grupper: %1</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="131"/>
        <source>No similar proposals found.</source>
        <translation>Inga liknande förslag hittades.</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/similar_dialog.py" line="153"/>
        <source>Merged. Undo on the board brings the proposals back apart.</source>
        <translation>Sammanslaget. Ångra på tavlan delar upp förslagen igen.</translation>
    </message>
</context>
</TS>
