<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>To apply for a certificate, the parent must be linked to their child in SGO.</source>
        <translation>To apply for a certificate, the parent must be linked to their child in SGO.</translation>
    </message>
    <message>
        <source>This person signs in with the login and password issued by the school or kindergarten they were enrolled from; this organisation does not issue one.</source>
        <translation>This person signs in with the login and password issued by the school or kindergarten they were enrolled from; this organisation does not issue one.</translation>
    </message>
    <message>
        <source>This person signs in with the login and password issued by «%1»; this organisation does not issue one.</source>
        <translation>This person signs in with the login and password issued by «%1»; this organisation does not issue one.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The confirmation differs from the new password.</source>
        <translation>The confirmation differs from the new password.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Digital footprint %1</source>
        <translation>Digital footprint %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal edit(s)</source>
        <translation>
            <numerusform>%n journal edit</numerusform>
            <numerusform>%n journal edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the digital footprint to U2035: %n statement(s) sent</source>
        <translation>
            <numerusform>Sending the digital footprint to U2035: %n statement sent</numerusform>
            <numerusform>Sending the digital footprint to U2035: %n statements sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the journal&apos;s edits to SGO</source>
        <translation>Sending the journal&apos;s edits to SGO</translation>
    </message>
    <message>
        <source>Sending the digital footprint to U2035</source>
        <translation>Sending the digital footprint to U2035</translation>
    </message>
</context>
<context>
    <name>BasProblemText</name>
    <message>
        <source>%1: %2</source>
        <extracomment>«Расширения БАС» refusal: %1 the field&apos;s label, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a field of the BAS extensions</source>
        <translation>%1 is not a field of the BAS extensions</translation>
    </message>
    <message>
        <source>the value has the wrong form for this field</source>
        <translation>the value has the wrong form for this field</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is missing</source>
        <translation>the part &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>the value must be a number</source>
        <translation>the value must be a number</translation>
    </message>
    <message>
        <source>the value must be text</source>
        <translation>the value must be text</translation>
    </message>
    <message>
        <source>the value must be yes or no</source>
        <translation>the value must be yes or no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as PT14M8S</source>
        <translation>&quot;%1&quot; is not a duration such as PT14M8S</translation>
    </message>
    <message>
        <source>the value is outside the range from the minimum to the maximum</source>
        <translation>the value is outside the range from the minimum to the maximum</translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum</source>
        <translation>the minimum is greater than the maximum</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; is not allowed for this field</source>
        <translation>the unit &quot;%1&quot; is not allowed for this field</translation>
    </message>
    <message>
        <source>the best result must be the minimum or the maximum</source>
        <translation>the best result must be the minimum or the maximum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>&quot;%1&quot; is not one of the allowed values</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>Could not create the folder %1 for the local cache.</source>
        <translation>Could not create the folder %1 for the local cache.</translation>
    </message>
    <message>
        <source>The local cache %1 was made by a newer version of SPO Desk (schema %2; this version knows up to %3). It was left untouched: update SPO Desk or start with another data folder (--data-dir).</source>
        <translation>The local cache %1 was made by a newer version of SPO Desk (schema %2; this version knows up to %3). It was left untouched: update SPO Desk or start with another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be read, and it could not be moved aside: %2</source>
        <translation>The local cache %1 cannot be read, and it could not be moved aside: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened: %2</source>
        <translation>The local cache %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>The local cache %1 could not be opened.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>The local cache is not open.</translation>
    </message>
    <message>
        <source>The college could not be saved in the local cache: %1</source>
        <translation>The college could not be saved in the local cache: %1</translation>
    </message>
</context>
<context>
    <name>CollegePull</name>
    <message>
        <source>student %1 is in group %2, which SGO did not send</source>
        <translation>student %1 is in group %2, which SGO did not send</translation>
    </message>
    <message>
        <source>%1 were not loaded: %2 failed first</source>
        <translation>%1 were not loaded: %2 failed first</translation>
    </message>
    <message>
        <source>SGO sent page %1 when asked for page %2</source>
        <translation>SGO sent page %1 when asked for page %2</translation>
    </message>
    <message>
        <source>SGO announced %1 pages, more than the %2 a pull may take</source>
        <translation>SGO announced %1 pages, more than the %2 a pull may take</translation>
    </message>
    <message>
        <source>the number of pages changed from %1 to %2 during the pull</source>
        <translation>the number of pages changed from %1 to %2 during the pull</translation>
    </message>
    <message>
        <source>a row does not fit what is already loaded (%1)</source>
        <translation>a row does not fit what is already loaded (%1)</translation>
    </message>
</context>
<context>
    <name>CollegeRefresh</name>
    <message>
        <source>the organisation</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>subjects</source>
        <translation>subjects</translation>
    </message>
    <message>
        <source>students</source>
        <translation>students</translation>
    </message>
    <message>
        <source>enrolment orders</source>
        <translation>enrolment orders</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>parents&apos; links to students</source>
        <translation>parents&apos; links to students</translation>
    </message>
    <message>
        <source>teaching assignments</source>
        <translation>teaching assignments</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lessons</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>marks</translation>
    </message>
    <message>
        <source>LMS programs</source>
        <translation>LMS programs</translation>
    </message>
    <message>
        <source>program blocks</source>
        <translation>program blocks</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>Loading from SGO: %1 — page %2 of %3, %4 records so far</source>
        <translation>Loading from SGO: %1 — page %2 of %3, %4 records so far</translation>
    </message>
    <message>
        <source>Loading %1 from SGO</source>
        <translation>Loading %1 from SGO</translation>
    </message>
    <message>
        <source>final grades</source>
        <translation>final grades</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connecting to the college</source>
        <translation>Connecting to the college</translation>
    </message>
    <message>
        <source>The address you open SGO («Сетевой город. Образование») with in the browser.</source>
        <translation>The address you open SGO («Сетевой город. Образование») with in the browser.</translation>
    </message>
    <message>
        <source>Find organisations</source>
        <translation>Find organisations</translation>
    </message>
    <message>
        <source>Type the address and press «Find organisations»</source>
        <translation>Type the address and press «Find organisations»</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in SPO Desk&apos;s files. Unticked, it is asked at every start.</source>
        <translation>The password is kept in this computer&apos;s keychain, never in SPO Desk&apos;s files. Unticked, it is asked at every start.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>SGO &amp;address:</source>
        <translation>SGO &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>remembered</translation>
    </message>
    <message>
        <source>Asking %1 for its organisations…</source>
        <translation>Asking %1 for its organisations…</translation>
    </message>
    <message>
        <source>Choose your organisation from SGO&apos;s list.</source>
        <translation>Choose your organisation from SGO&apos;s list.</translation>
    </message>
    <message>
        <source>Type your SGO login.</source>
        <translation>Type your SGO login.</translation>
    </message>
    <message>
        <source>Type your SGO password.</source>
        <translation>Type your SGO password.</translation>
    </message>
    <message>
        <source>Signing in to SGO…</source>
        <translation>Signing in to SGO…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Registration of the consent or refusal to the processing of personal data of the parents who want to receive information about their children&apos;s progress in electronic form, and the contacts for delivery. Parents who refused get paper extracts.</source>
        <translation>Registration of the consent or refusal to the processing of personal data of the parents who want to receive information about their children&apos;s progress in electronic form, and the contacts for delivery. Parents who refused get paper extracts.</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Processing of personal data</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Given:</translation>
    </message>
    <message>
        <source>Contacts for delivery</source>
        <translation>Contacts for delivery</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>name@example.ru</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Handed over:</translation>
    </message>
    <message>
        <source>Not saved to the local cache (%1). The change is kept here; try again.</source>
        <translation>Not saved to the local cache (%1). The change is kept here; try again.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Parent of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Parent of %2</translation>
    </message>
    <message>
        <source>No parents of this group&apos;s students are in the cache.</source>
        <translation>No parents of this group&apos;s students are in the cache.</translation>
    </message>
    <message>
        <source>The curator of the group and the administrator register consents and contacts; you can see them.</source>
        <translation>The curator of the group and the administrator register consents and contacts; you can see them.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>Not saved: correct the marked field.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The password or key is not stored yet. Enter it in the service settings.</source>
        <translation>The password or key is not stored yet. Enter it in the service settings.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the password could not be read or saved.</source>
        <translation>Access to the system keychain was denied, so the password could not be read or saved.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so passwords cannot be saved. You can enter them each session instead: they will be kept in memory until the program closes.</source>
        <translation>The system keychain is not available on this computer, so passwords cannot be saved. You can enter them each session instead: they will be kept in memory until the program closes.</translation>
    </message>
</context>
<context>
    <name>DemoServices</name>
    <message>
        <source>The demo services could not be started: %1</source>
        <translation>The demo services could not be started: %1</translation>
    </message>
</context>
<context>
    <name>DiaryJournalExtension</name>
    <message>
        <source>Summary sheet</source>
        <translation>Summary sheet</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Parents: consents and contacts</source>
        <translation>Parents: consents and contacts</translation>
    </message>
    <message>
        <source>Extracts…</source>
        <translation>Extracts…</translation>
    </message>
    <message>
        <source>Paper extracts from the journal for parents without internet access or who refused the electronic form</source>
        <translation>Paper extracts from the journal for parents without internet access or who refused the electronic form</translation>
    </message>
</context>
<context>
    <name>DistanceLessonCreateCommand</name>
    <message>
        <source>Create a distance lesson</source>
        <translation>Create a distance lesson</translation>
    </message>
</context>
<context>
    <name>DistanceLessonDeleteCommand</name>
    <message>
        <source>Delete a distance lesson</source>
        <translation>Delete a distance lesson</translation>
    </message>
</context>
<context>
    <name>DistanceLessonDialog</name>
    <message>
        <source>Distance lesson</source>
        <translation>Distance lesson</translation>
    </message>
    <message>
        <source>%1 on the topic: %2</source>
        <translation>%1 on the topic: %2</translation>
    </message>
    <message>
        <source>The lesson is held as a Sferum call (VK Messenger). The students see its icon on the lesson and may join only while it runs. In this version the call link is a demonstration one: the VK calls service is not connected yet.</source>
        <translation>The lesson is held as a Sferum call (VK Messenger). The students see its icon on the lesson and may join only while it runs. In this version the call link is a demonstration one: the VK calls service is not connected yet.</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>End time:</translation>
    </message>
    <message>
        <source>Only the subject&apos;s own teacher can create a distance lesson for it.</source>
        <translation>Only the subject&apos;s own teacher can create a distance lesson for it.</translation>
    </message>
    <message>
        <source>A distance lesson can be created only while its time has not passed yet.</source>
        <translation>A distance lesson can be created only while its time has not passed yet.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>You already have a distance lesson at that time: %1, %2–%3.</source>
        <translation>You already have a distance lesson at that time: %1, %2–%3.</translation>
    </message>
</context>
<context>
    <name>DistanceLessonJoinDialog</name>
    <message>
        <source>VK Messenger video calls</source>
        <translation>VK Messenger video calls</translation>
    </message>
    <message>
        <source>To join the call, press Open VK Messenger in the browser window that appears.</source>
        <translation>To join the call, press Open VK Messenger in the browser window that appears.</translation>
    </message>
    <message>
        <source>If the window does not appear, press “Join the call” below.</source>
        <translation>If the window does not appear, press “Join the call” below.</translation>
    </message>
    <message>
        <source>Demonstration link: %1</source>
        <translation>Demonstration link: %1</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Join the call</translation>
    </message>
    <message>
        <source>Join in the browser</source>
        <translation>Join in the browser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</source>
        <translation>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</source>
        <translation>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</translation>
    </message>
    <message>
        <source>The catalogue of BAS extensions can&apos;t be read, so the digital footprint can&apos;t be edited or sent: %1</source>
        <translation>The catalogue of BAS extensions can&apos;t be read, so the digital footprint can&apos;t be edited or sent: %1</translation>
    </message>
    <message>
        <source>The demo college&apos;s digital footprint could not be prepared: %1</source>
        <translation>The demo college&apos;s digital footprint could not be prepared: %1</translation>
    </message>
    <message>
        <source>Part of the college could not be loaded from SGO; it is tried again in a few minutes, and «Sending problems» says what failed.</source>
        <translation>Part of the college could not be loaded from SGO; it is tried again in a few minutes, and «Sending problems» says what failed.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be removed: %2</source>
        <translation>The local cache %1 could not be removed: %2</translation>
    </message>
    <message>
        <source>The log files could not all be rewritten.</source>
        <translation>The log files could not all be rewritten.</translation>
    </message>
    <message>
        <source>The remembered password could not be removed from the keychain: %1</source>
        <translation>The remembered password could not be removed from the keychain: %1</translation>
    </message>
    <message>
        <source>Starting the demo college&apos;s services…</source>
        <translation>Starting the demo college&apos;s services…</translation>
    </message>
    <message>
        <source>Loading the college from SGO…</source>
        <translation>Loading the college from SGO…</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>SPO Desk cannot open its data</source>
        <translation>SPO Desk cannot open its data</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Paper extracts from the journal</source>
        <translation>Paper extracts from the journal</translation>
    </message>
    <message>
        <source>Extracts for parents who refused the electronic form</source>
        <translation>Extracts for parents who refused the electronic form</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Extract preview</source>
        <translation>Extract preview</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>The whole group %1 (%n student(s))</source>
        <translation>
            <numerusform>The whole group %1 (%n student)</numerusform>
            <numerusform>The whole group %1 (%n students)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — for %2 (refusal of %3)</source>
        <translation>%1 — for %2 (refusal of %3)</translation>
    </message>
    <message>
        <source>No parent of this group refused the electronic form; an extract can still be made for anyone below.</source>
        <translation>No parent of this group refused the electronic form; an extract can still be made for anyone below.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>The period must not end before it starts.</translation>
    </message>
    <message>
        <source>Print the extract</source>
        <translation>Print the extract</translation>
    </message>
    <message>
        <source>Extract %1 %2–%3</source>
        <translation>Extract %1 %2–%3</translation>
    </message>
    <message>
        <source>Save the extract as PDF</source>
        <translation>Save the extract as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExtractDocument</name>
    <message>
        <source>deferred until %1</source>
        <translation>deferred until %1</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Extract from the electronic journal</source>
        <translation>Extract from the electronic journal</translation>
    </message>
    <message>
        <source>Student: &lt;b&gt;%1&lt;/b&gt;, group %2</source>
        <translation>Student: &lt;b&gt;%1&lt;/b&gt;, group %2</translation>
    </message>
    <message>
        <source>Period: from %1 to %2</source>
        <translation>Period: from %1 to %2</translation>
    </message>
    <message>
        <source>Parents (legal representatives): %1</source>
        <translation>Parents (legal representatives): %1</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Teacher: %1</translation>
    </message>
    <message>
        <source>Mean mark for the period: %1</source>
        <translation>Mean mark for the period: %1</translation>
    </message>
    <message>
        <source>No marks for the period</source>
        <translation>No marks for the period</translation>
    </message>
    <message>
        <source>absences: %1</source>
        <translation>absences: %1</translation>
    </message>
    <message>
        <source>final grade: %1</source>
        <translation>final grade: %1</translation>
    </message>
    <message>
        <source>No marks, absences or homework in this period.</source>
        <translation>No marks, absences or homework in this period.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Made on %1 for the parents (legal representatives) of the student.</source>
        <translation>Made on %1 for the parents (legal representatives) of the student.</translation>
    </message>
    <message>
        <source>Curator: ____________________</source>
        <translation>Curator: ____________________</translation>
    </message>
    <message>
        <source>Nobody to make an extract for.</source>
        <translation>Nobody to make an extract for.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>The PDF file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>FailureLog</name>
    <message>
        <source>Waiting for the connection: will be sent by itself</source>
        <translation>Waiting for the connection: will be sent by itself</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>FinalGradeDialog</name>
    <message>
        <source>&amp;Final grade</source>
        <translation>&amp;Final grade</translation>
    </message>
    <message>
        <source>&amp;Defer for illness</source>
        <translation>&amp;Defer for illness</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Final grade</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>2–5</source>
        <translation>2–5</translation>
    </message>
    <message>
        <source>e.g. illness, medical certificate No. 15</source>
        <translation>e.g. illness, medical certificate No. 15</translation>
    </message>
    <message>
        <source>Reason for the deferral</source>
        <translation>Reason for the deferral</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>New date:</translation>
    </message>
</context>
<context>
    <name>FinalGradeSheetPage</name>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Set final grade…</source>
        <translation>Set final grade…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Defer…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Final grades are copied here, to the summary sheet at the end of the group journal. Type 2–5 in a cell of your subject or press Enter; a grade can be deferred for illness with the reason and the new date. Students and parents must see a final grade no later than a day after it is set: publish it.</source>
        <translation>Final grades are copied here, to the summary sheet at the end of the group journal. Type 2–5 in a cell of your subject or press Enter; a grade can be deferred for illness with the reason and the new date. Students and parents must see a final grade no later than a day after it is set: publish it.</translation>
    </message>
    <message>
        <source>Defer the final grade for illness: the reason and the new date</source>
        <translation>Defer the final grade for illness: the reason and the new date</translation>
    </message>
    <message>
        <source>Make the final grades of the selected subjects visible to students and parents</source>
        <translation>Make the final grades of the selected subjects visible to students and parents</translation>
    </message>
    <message>
        <source>You can see the summary sheet; the final grades are set by the subjects&apos; teachers.</source>
        <translation>You can see the summary sheet; the final grades are set by the subjects&apos; teachers.</translation>
    </message>
    <message>
        <source>waiting to be published</source>
        <translation>waiting to be published</translation>
    </message>
    <message>
        <source>not published within a day</source>
        <translation>not published within a day</translation>
    </message>
    <message>
        <source>Summary sheet</source>
        <translation>Summary sheet</translation>
    </message>
    <message>
        <source>A change of the final grades could not be saved to the local cache (%1). It is kept here; try again.</source>
        <translation>A change of the final grades could not be saved to the local cache (%1). It is kept here; try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n final grade(s) not published to students and parents within a day of being set.</source>
        <translation>
            <numerusform>%n final grade not published to students and parents within a day of being set.</numerusform>
            <numerusform>%n final grades not published to students and parents within a day of being set.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish (%1)</source>
        <translation>Publish (%1)</translation>
    </message>
    <message>
        <source>Only the subject&apos;s teacher sets its final grades.</source>
        <translation>Only the subject&apos;s teacher sets its final grades.</translation>
    </message>
</context>
<context>
    <name>FirstSyncPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open the program with what has been loaded; the rest is loaded later, from where it stopped.</source>
        <translation>Open the program with what has been loaded; the rest is loaded later, from where it stopped.</translation>
    </message>
    <message>
        <source>Stopping after the page being loaded…</source>
        <translation>Stopping after the page being loaded…</translation>
    </message>
    <message>
        <source>The first start loads the college from SGO once; later starts open at once and bring only what changed.</source>
        <translation>The first start loads the college from SGO once; later starts open at once and bring only what changed.</translation>
    </message>
    <message>
        <source>Loading the college</source>
        <translation>Loading the college</translation>
    </message>
</context>
<context>
    <name>FootprintDiaryDialog</name>
    <message>
        <source>Upload practice diaries</source>
        <translation>Upload practice diaries</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Practice diary</source>
        <translation>Practice diary</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent to U2035</source>
        <translation>Sent to U2035</translation>
    </message>
    <message>
        <source>Refused by U2035: %1</source>
        <translation>Refused by U2035: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>No diary yet</source>
        <translation>No diary yet</translation>
    </message>
    <message>
        <source>Waits for the block attestation</source>
        <translation>Waits for the block attestation</translation>
    </message>
    <message>
        <source>The file could not be added: %1</source>
        <translation>The file could not be added: %1</translation>
    </message>
</context>
<context>
    <name>FootprintDropZone</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Practice diary</source>
        <translation>Practice diary</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <source>Drop the practice diary here (one file)</source>
        <translation>Drop the practice diary here (one file)</translation>
    </message>
    <message>
        <source>Drop other documents here (any number)</source>
        <translation>Drop other documents here (any number)</translation>
    </message>
    <message>
        <source>Only one file can be uploaded as the practice diary.</source>
        <translation>Only one file can be uploaded as the practice diary.</translation>
    </message>
    <message>
        <source>Drop the file here</source>
        <translation>Drop the file here</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Drop files here</translation>
    </message>
</context>
<context>
    <name>FootprintExtensionsForm</name>
    <message>
        <source>the more the better</source>
        <translation>the more the better</translation>
    </message>
    <message>
        <source>the less the better</source>
        <translation>the less the better</translation>
    </message>
    <message>
        <source>BAS extensions</source>
        <translation>BAS extensions</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Block attestation</source>
        <translation>Block attestation</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>Field to add</translation>
    </message>
    <message>
        <source>e.g. PT14M8S</source>
        <translation>e.g. PT14M8S</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>FootprintPage</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Upload practice diaries</source>
        <translation>Upload practice diaries</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation>Not filled</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Choose a program&apos;s activity or block on the left.</source>
        <translation>Choose a program&apos;s activity or block on the left.</translation>
    </message>
    <message>
        <source>No footprint yet</source>
        <translation>No footprint yet</translation>
    </message>
    <message>
        <source>Sent to U2035</source>
        <translation>Sent to U2035</translation>
    </message>
    <message>
        <source>Refused by U2035: %1</source>
        <translation>Refused by U2035: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>No BAS extensions are filled for this activity.</source>
        <translation>No BAS extensions are filled for this activity.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Not filled (%1)</source>
        <translation>Not filled (%1)</translation>
    </message>
    <message>
        <source>Filled (%1)</source>
        <translation>Filled (%1)</translation>
    </message>
    <message>
        <source>BAS extensions changed</source>
        <translation>BAS extensions changed</translation>
    </message>
    <message>
        <source>The citizen&apos;s digital footprint of this activity has already been sent. If you save, the corrected fields are updated in all reports, and the footprint of every report in &quot;Filled&quot; is sent to U2035 again with the corrected values.</source>
        <translation>The citizen&apos;s digital footprint of this activity has already been sent. If you save, the corrected fields are updated in all reports, and the footprint of every report in &quot;Filled&quot; is sent to U2035 again with the corrected values.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>BAS extensions for %1</source>
        <translation>BAS extensions for %1</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>%1 The journal shows what is saved. (%2)</source>
        <translation>%1 The journal shows what is saved. (%2)</translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation>The marks could not be saved.</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>The lesson could not be saved.</translation>
    </message>
    <message>
        <source>The lesson could not be deleted.</source>
        <translation>The lesson could not be deleted.</translation>
    </message>
    <message>
        <source>The lesson could not be changed.</source>
        <translation>The lesson could not be changed.</translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation>The task could not be saved.</translation>
    </message>
    <message>
        <source>The task could not be removed.</source>
        <translation>The task could not be removed.</translation>
    </message>
    <message>
        <source>The distance lesson could not be saved.</source>
        <translation>The distance lesson could not be saved.</translation>
    </message>
    <message>
        <source>The distance lesson could not be deleted.</source>
        <translation>The distance lesson could not be deleted.</translation>
    </message>
</context>
<context>
    <name>JournalLabels</name>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Practical lesson</source>
        <translation>Practical lesson</translation>
    </message>
    <message>
        <source>Laboratory work</source>
        <translation>Laboratory work</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Lect.</source>
        <translation>Lect.</translation>
    </message>
    <message>
        <source>Pract.</source>
        <translation>Pract.</translation>
    </message>
    <message>
        <source>Lab.</source>
        <translation>Lab.</translation>
    </message>
    <message>
        <source>Sem.</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Tst.</source>
        <translation>Tst.</translation>
    </message>
    <message>
        <source>n</source>
        <comment>absence mark in a journal cell</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>%1 h.</source>
        <comment>academic hours</comment>
        <translation>%1 h.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekday, day month year</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Removed in SGO</source>
        <translation>Removed in SGO</translation>
    </message>
    <message>
        <source>Changed in SGO: %1</source>
        <translation>Changed in SGO: %1</translation>
    </message>
</context>
<context>
    <name>JournalMarksCommand</name>
    <message>
        <source>Clear a cell</source>
        <translation>Clear a cell</translation>
    </message>
    <message>
        <source>Enter “%1”</source>
        <translation>Enter “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Change %n cell(s)</source>
        <translation>
            <numerusform>Change %n cell</numerusform>
            <numerusform>Change %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalStatisticsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>fewer than three marks</source>
        <translation>fewer than three marks</translation>
    </message>
    <message>
        <source>missed more than 30% of the lessons: may not be assessed</source>
        <translation>missed more than 30% of the lessons: may not be assessed</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>How the forecast is computed: the mean of the student&apos;s marks in this journal so far, rounded the usual way (from 4.5 it is 5, from 3.5 it is 4, from 2.5 it is 3, below that 2). With fewer than three marks there is no forecast yet. A student who missed more than 30% of the lessons held is flagged: they risk not being assessed.</source>
        <translation>How the forecast is computed: the mean of the student&apos;s marks in this journal so far, rounded the usual way (from 4.5 it is 5, from 3.5 it is 4, from 2.5 it is 3, below that 2). With fewer than three marks there is no forecast yet. A student who missed more than 30% of the lessons held is flagged: they risk not being assessed.</translation>
    </message>
</context>
<context>
    <name>JournalSubjectList</name>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>The group&apos;s journals</source>
        <translation>The group&apos;s journals</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Hours by plan</source>
        <translation>Hours by plan</translation>
    </message>
    <message>
        <source>Choose a subject to open its journal.</source>
        <translation>Choose a subject to open its journal.</translation>
    </message>
    <message>
        <source>Group %1 — %2</source>
        <translation>Group %1 — %2</translation>
    </message>
    <message>
        <source>You have no journals in this group</source>
        <translation>You have no journals in this group</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Average mark of %1 in this journal</source>
        <translation>Average mark of %1 in this journal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <comment>number, last name, first name</comment>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Average
mark</source>
        <translation>Average
mark</translation>
    </message>
    <message>
        <source>Average of the student&apos;s marks in this journal; absences do not count</source>
        <translation>Average of the student&apos;s marks in this journal; absences do not count</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Tasks given: %1</source>
        <translation>Tasks given: %1</translation>
    </message>
    <message>
        <source>Distance lesson</source>
        <translation>Distance lesson</translation>
    </message>
    <message>
        <source>“%1” is not a mark: type a mark from %2 to %3, “n” for an absence, or Delete to clear the cell.</source>
        <translation>“%1” is not a mark: type a mark from %2 to %3, “n” for an absence, or Delete to clear the cell.</translation>
    </message>
    <message>
        <source>%1
%2. Yours has not reached SGO yet: keep yours or take SGO&apos;s from the cell&apos;s menu.</source>
        <translation>%1
%2. Yours has not reached SGO yet: keep yours or take SGO&apos;s from the cell&apos;s menu.</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Lesson date +</source>
        <translation>Lesson date +</translation>
    </message>
    <message>
        <source>Add a lesson to the journal</source>
        <translation>Add a lesson to the journal</translation>
    </message>
    <message>
        <source>Change the lesson</source>
        <translation>Change the lesson</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <source>Mark who is absent</source>
        <translation>Mark who is absent</translation>
    </message>
    <message>
        <source>Graded task</source>
        <translation>Graded task</translation>
    </message>
    <message>
        <source>Delete the lesson</source>
        <translation>Delete the lesson</translation>
    </message>
    <message>
        <source>+ Create a distance lesson</source>
        <translation>+ Create a distance lesson</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Group journal %1</source>
        <translation>Group journal %1</translation>
    </message>
    <message>
        <source>Course %1, semester %2</source>
        <translation>Course %1, semester %2</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Teacher: %1</translation>
    </message>
    <message>
        <source>Academic hours of the lessons held by today</source>
        <translation>Academic hours of the lessons held by today</translation>
    </message>
    <message>
        <source>%1 h. by plan</source>
        <translation>%1 h. by plan</translation>
    </message>
    <message>
        <source>Academic hours in the curriculum for the semester</source>
        <translation>Academic hours in the curriculum for the semester</translation>
    </message>
    <message>
        <source>Hide lessons from the schedule</source>
        <translation>Hide lessons from the schedule</translation>
    </message>
    <message>
        <source>Show only the lessons held by today, without those still to come by the schedule</source>
        <translation>Show only the lessons held by today, without those still to come by the schedule</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Undo (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Redo (%1)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Thematic plan topics</source>
        <translation>Thematic plan topics</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>%1. %2 — %3, %4</source>
        <translation>%1. %2 — %3, %4</translation>
    </message>
    <message>
        <source>%1 h. by fact</source>
        <translation>%1 h. by fact</translation>
    </message>
    <message>
        <source>%1 on the topic: %2</source>
        <translation>%1 on the topic: %2</translation>
    </message>
    <message>
        <source>Has not started yet.</source>
        <translation>Has not started yet.</translation>
    </message>
    <message>
        <source>Running now: you can join.</source>
        <translation>Running now: you can join.</translation>
    </message>
    <message>
        <source>The call has ended</source>
        <translation>The call has ended</translation>
    </message>
    <message>
        <source>A distance lesson can be created only while its time has not passed yet.</source>
        <translation>A distance lesson can be created only while its time has not passed yet.</translation>
    </message>
    <message>
        <source>The lesson is held as a distance lesson: delete the distance lesson to move the lesson to another day.</source>
        <translation>The lesson is held as a distance lesson: delete the distance lesson to move the lesson to another day.</translation>
    </message>
    <message numerus="yes">
        <source>The lesson of %1 has %n mark(s) or absence(s). Delete the lesson with them?</source>
        <translation>
            <numerusform>The lesson of %1 has %n mark or absence. Delete the lesson with them?</numerusform>
            <numerusform>The lesson of %1 has %n marks or absences. Delete the lesson with them?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring it back with Undo (%1).</source>
        <translation>You can bring it back with Undo (%1).</translation>
    </message>
    <message>
        <source>Distance lesson</source>
        <translation>Distance lesson</translation>
    </message>
    <message>
        <source>The distance lesson has not started yet</source>
        <translation>The distance lesson has not started yet</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take SGO&apos;s</source>
        <translation>Take SGO&apos;s</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>The choice could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>JournalsPage</name>
    <message>
        <source>Groups by course</source>
        <translation>Groups by course</translation>
    </message>
    <message>
        <source>Course and group</source>
        <translation>Course and group</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 — %n study group(s)</source>
        <translation>
            <numerusform>Course %1 — %n study group</numerusform>
            <numerusform>Course %1 — %n study groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress journal</source>
        <translation>Progress journal</translation>
    </message>
    <message>
        <source>Choose a group to open its journals.</source>
        <translation>Choose a group to open its journals.</translation>
    </message>
    <message>
        <source>Open the journals of group %1</source>
        <translation>Open the journals of group %1</translation>
    </message>
    <message>
        <source>You have no groups with journals</source>
        <translation>You have no groups with journals</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>College administrator</source>
        <translation>College administrator</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>Subject teacher</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Journals</translation>
    </message>
    <message>
        <source>Footprint (U2035)</source>
        <translation>Footprint (U2035)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Group journals by course and group</source>
        <translation>Group journals by course and group</translation>
    </message>
    <message>
        <source>The learners&apos; digital footprint sent to U2035</source>
        <translation>The learners&apos; digital footprint sent to U2035</translation>
    </message>
    <message>
        <source>Sferum and VK Messenger chats</source>
        <translation>Sferum and VK Messenger chats</translation>
    </message>
    <message>
        <source>SGO logins for parents and pupils of additional education</source>
        <translation>SGO logins for parents and pupils of additional education</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Open the built-in demo college.</source>
        <translation>Open the built-in demo college.</translation>
    </message>
    <message>
        <source>Size of the demo college: default or large (with --demo).</source>
        <translation>Size of the demo college: default or large (with --demo).</translation>
    </message>
    <message>
        <source>Keep the local cache in DIR.</source>
        <translation>Keep the local cache in DIR.</translation>
    </message>
    <message>
        <source>Interface language: ru or en (default: the system&apos;s).</source>
        <translation>Interface language: ru or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Exit right after the main window is first painted, printing the milliseconds since the process started.</source>
        <translation>Exit right after the main window is first painted, printing the milliseconds since the process started.</translation>
    </message>
    <message>
        <source>Use the xAPI LRS at URL for this run instead of the settings.</source>
        <translation>Use the xAPI LRS at URL for this run instead of the settings.</translation>
    </message>
    <message>
        <source>Use the S3-compatible object storage at URL for this run instead of the settings.</source>
        <translation>Use the S3-compatible object storage at URL for this run instead of the settings.</translation>
    </message>
    <message>
        <source>With --demo: the demo services misbehave as SPEC says, to try the app by hand, e.g. latency=2000,errors=30,hang,malformed=10,ratelimit,close,services=sgo+vk+xapi+storage.</source>
        <translation>With --demo: the demo services misbehave as SPEC says, to try the app by hand, e.g. latency=2000,errors=30,hang,malformed=10,ratelimit,close,services=sgo+vk+xapi+storage.</translation>
    </message>
    <message>
        <source>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</source>
        <translation>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</translation>
    </message>
    <message>
        <source>Use SGO at URL for this run instead of the settings.</source>
        <translation>Use SGO at URL for this run instead of the settings.</translation>
    </message>
    <message>
        <source>With --sync-once: sign in to SGO as LOGIN (else the remembered account).</source>
        <translation>With --sync-once: sign in to SGO as LOGIN (else the remembered account).</translation>
    </message>
    <message>
        <source>With --sync-once: read the SGO password from standard input.</source>
        <translation>With --sync-once: read the SGO password from standard input.</translation>
    </message>
    <message>
        <source>Without a window: pull the college from SGO, send the journal&apos;s edits, deliver the digital footprint that is due to U2035, print what was done and exit (non-zero if anything failed).</source>
        <translation>Without a window: pull the college from SGO, send the journal&apos;s edits, deliver the digital footprint that is due to U2035, print what was done and exit (non-zero if anything failed).</translation>
    </message>
</context>
<context>
    <name>LessonAbsenceDialog</name>
    <message>
        <source>Mark who is absent</source>
        <translation>Mark who is absent</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Check the students who are not at the lesson:</source>
        <translation>Check the students who are not at the lesson:</translation>
    </message>
</context>
<context>
    <name>LessonChangeCommand</name>
    <message>
        <source>Change a lesson</source>
        <translation>Change a lesson</translation>
    </message>
</context>
<context>
    <name>LessonCreateCommand</name>
    <message>
        <source>Add a lesson</source>
        <translation>Add a lesson</translation>
    </message>
</context>
<context>
    <name>LessonDeleteCommand</name>
    <message>
        <source>Delete a lesson</source>
        <translation>Delete a lesson</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>A lesson&apos;s topic can be taken from the list of thematic plan topics or typed by hand. Thematic plan topics can&apos;t be edited. The duration of a lesson and of thematic plan topics is given in academic hours.</source>
        <translation>A lesson&apos;s topic can be taken from the list of thematic plan topics or typed by hand. Thematic plan topics can&apos;t be edited. The duration of a lesson and of thematic plan topics is given in academic hours.</translation>
    </message>
    <message>
        <source>Academic hours</source>
        <translation>Academic hours</translation>
    </message>
    <message>
        <source>Type the topic by hand</source>
        <translation>Type the topic by hand</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>What the lesson is about</source>
        <translation>What the lesson is about</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>From the thematic plan:</source>
        <translation>From the thematic plan:</translation>
    </message>
    <message>
        <source>Lesson topic</source>
        <translation>Lesson topic</translation>
    </message>
    <message>
        <source>The date is outside the semester (%1 – %2): a lesson can&apos;t be dated there.</source>
        <translation>The date is outside the semester (%1 – %2): a lesson can&apos;t be dated there.</translation>
    </message>
    <message>
        <source>Give the lesson a topic: choose one from the thematic plan or type it.</source>
        <translation>Give the lesson a topic: choose one from the thematic plan or type it.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Distance lesson</source>
        <translation>Distance lesson</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No lesson chosen</source>
        <translation>No lesson chosen</translation>
    </message>
    <message>
        <source>Click a lesson&apos;s date in the journal.</source>
        <translation>Click a lesson&apos;s date in the journal.</translation>
    </message>
    <message>
        <source>%1 on the topic: %2</source>
        <translation>%1 on the topic: %2</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Homework: %1</translation>
    </message>
    <message>
        <source>Graded task: %1</source>
        <translation>Graded task: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>Tasks given: %1</source>
        <translation>Tasks given: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>LessonTaskCommand</name>
    <message>
        <source>Add a graded task</source>
        <translation>Add a graded task</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
</context>
<context>
    <name>LessonTaskDialog</name>
    <message>
        <source>Graded task</source>
        <translation>Graded task</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <source>Task (its marks go into this lesson&apos;s column):</source>
        <translation>Task (its marks go into this lesson&apos;s column):</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>Describe the task.</source>
        <translation>Describe the task.</translation>
    </message>
</context>
<context>
    <name>MainWindowController</name>
    <message>
        <source>Sending problems</source>
        <translation>Sending problems</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Bring what changed in SGO now (%1)</source>
        <translation>Bring what changed in SGO now (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Close this account&apos;s data and go back to «Connecting to the college»</source>
        <translation>Close this account&apos;s data and go back to «Connecting to the college»</translation>
    </message>
    <message>
        <source>Remove data from this computer…</source>
        <translation>Remove data from this computer…</translation>
    </message>
    <message>
        <source>Sign out and remove this account&apos;s local cache, its log lines and its remembered password</source>
        <translation>Sign out and remove this account&apos;s local cache, its log lines and its remembered password</translation>
    </message>
    <message>
        <source>Remove %1&apos;s data from this computer? The local copy of the college, the log lines that name this account and the remembered password are removed. What has not been sent to SGO or U2035 yet is lost.</source>
        <translation>Remove %1&apos;s data from this computer? The local copy of the college, the log lines that name this account and the remembered password are removed. What has not been sent to SGO or U2035 yet is lost.</translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>Remove data from this computer</translation>
    </message>
    <message>
        <source>This account&apos;s data was removed from this computer.</source>
        <translation>This account&apos;s data was removed from this computer.</translation>
    </message>
    <message>
        <source>Switch &amp;role</source>
        <translation>Switch &amp;role</translation>
    </message>
    <message>
        <source>Go back to the choice of your roles</source>
        <translation>Go back to the choice of your roles</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>the file %1 is not installed (looked in %2).</source>
        <translation>the file %1 is not installed (looked in %2).</translation>
    </message>
    <message>
        <source>the file %1 could not be loaded: %2.</source>
        <translation>the file %1 could not be loaded: %2.</translation>
    </message>
    <message>
        <source>the file %1 belongs to another version.</source>
        <translation>the file %1 belongs to another version.</translation>
    </message>
    <message>
        <source>the file %1 is incomplete.</source>
        <translation>the file %1 is incomplete.</translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>U2035 (digital footprint)</source>
        <translation>U2035 (digital footprint)</translation>
    </message>
    <message>
        <source>U2035 file storage</source>
        <translation>U2035 file storage</translation>
    </message>
    <message>
        <source>SGO</source>
        <translation>SGO</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>No connection to the service. Check the internet connection and the address in the settings.</source>
        <translation>No connection to the service. Check the internet connection and the address in the settings.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again later.</source>
        <translation>The service did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the service&apos;s certificate cannot be trusted (%1).</source>
        <translation>The secure connection was refused: the service&apos;s certificate cannot be trusted (%1).</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>The service already holds a different record with the same identifier.</source>
        <translation>The service already holds a different record with the same identifier.</translation>
    </message>
    <message>
        <source>The service sent a reply the program does not understand.</source>
        <translation>The service sent a reply the program does not understand.</translation>
    </message>
    <message>
        <source>The service reported an error: %1</source>
        <translation>The service reported an error: %1</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>The address must start with https:// (plain http is allowed only for this computer).</translation>
    </message>
    <message>
        <source>The password or key for this service is not stored. Enter it in the service settings.</source>
        <translation>The password or key for this service is not stored. Enter it in the service settings.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The service is not set up yet. Enter its address and account in the service settings.</source>
        <translation>The service is not set up yet. Enter its address and account in the service settings.</translation>
    </message>
    <message>
        <source>The service refused access (HTTP %1). Check the login and the key in the settings.</source>
        <translation>The service refused access (HTTP %1). Check the login and the key in the settings.</translation>
    </message>
    <message>
        <source>The address was not found on the service (HTTP 404). Check the address in the settings.</source>
        <translation>The address was not found on the service (HTTP 404). Check the address in the settings.</translation>
    </message>
    <message>
        <source>The service asks to send less often (HTTP 429). The request will be repeated later.</source>
        <translation>The service asks to send less often (HTTP 429). The request will be repeated later.</translation>
    </message>
    <message>
        <source>The service has an internal error (HTTP %1). Try again later.</source>
        <translation>The service has an internal error (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The service answered with an error (HTTP %1).</source>
        <translation>The service answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
</context>
<context>
    <name>ParentConsentModel</name>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contacts handed over</source>
        <translation>Contacts handed over</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>in writing</translation>
    </message>
    <message>
        <source>in electronic form</source>
        <translation>in electronic form</translation>
    </message>
    <message>
        <source>Give the date of the consent or refusal.</source>
        <translation>Give the date of the consent or refusal.</translation>
    </message>
    <message>
        <source>The date of the consent or refusal cannot be in the future.</source>
        <translation>The date of the consent or refusal cannot be in the future.</translation>
    </message>
    <message>
        <source>Say how the consent or refusal was given: in writing or in electronic form.</source>
        <translation>Say how the consent or refusal was given: in writing or in electronic form.</translation>
    </message>
    <message>
        <source>Say how the parent handed the contacts over: in writing or in electronic form.</source>
        <translation>Say how the parent handed the contacts over: in writing or in electronic form.</translation>
    </message>
    <message>
        <source>A phone number has 10 or 11 digits, e.g. +7 912 345-67-89.</source>
        <translation>A phone number has 10 or 11 digits, e.g. +7 912 345-67-89.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>This is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not available in this version yet.</source>
        <translation>This section is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>RoleChoicePage</name>
    <message>
        <source>Choose a role</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Work as %1</source>
        <translation>Work as %1</translation>
    </message>
    <message>
        <source>SGO gives you these roles. You can switch role at any time.</source>
        <translation>SGO gives you these roles. You can switch role at any time.</translation>
    </message>
</context>
<context>
    <name>ServiceHub</name>
    <message>
        <source>The LRS accepted the connection check.</source>
        <translation>The LRS accepted the connection check.</translation>
    </message>
    <message>
        <source>Signed in to SGO as %1.</source>
        <translation>Signed in to SGO as %1.</translation>
    </message>
    <message>
        <source>Connected to the community «%1».</source>
        <translation>Connected to the community «%1».</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsDialog</name>
    <message>
        <source>Service settings</source>
        <translation>Service settings</translation>
    </message>
    <message>
        <source>U2035 digital footprint</source>
        <translation>U2035 digital footprint</translation>
    </message>
    <message>
        <source>SGO</source>
        <translation>SGO</translation>
    </message>
    <message>
        <source>VK chats</source>
        <translation>VK chats</translation>
    </message>
    <message>
        <source>Enter them each session</source>
        <translation>Enter them each session</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in memory until the program closes; you will be asked for them again next time.</source>
        <translation>Passwords and keys are kept in memory until the program closes; you will be asked for them again next time.</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Not stored yet</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <source>Saves this service&apos;s settings and tries them</source>
        <translation>Saves this service&apos;s settings and tries them</translation>
    </message>
    <message>
        <source>Learning record store (LRS)</source>
        <translation>Learning record store (LRS)</translation>
    </message>
    <message>
        <source>How many statements are sent in one request</source>
        <translation>How many statements are sent in one request</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Statements per request:</source>
        <translation>Statements per request:</translation>
    </message>
    <message>
        <source>File storage for documents (S3)</source>
        <translation>File storage for documents (S3)</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Access key:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Secret key:</translation>
    </message>
    <message>
        <source>SGO account</source>
        <translation>SGO account</translation>
    </message>
    <message>
        <source>As SGO lists it, or its number</source>
        <translation>As SGO lists it, or its number</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Communication environment settings</source>
        <translation>Communication environment settings</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the community identifier to the clipboard</source>
        <translation>Copy the community identifier to the clipboard</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>VK community identifier:</source>
        <translation>VK community identifier:</translation>
    </message>
    <message>
        <source>VK API</source>
        <translation>VK API</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API address:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <source>Stored in the system keychain — type to replace</source>
        <translation>Stored in the system keychain — type to replace</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>SgoClient</name>
    <message>
        <source>SGO lists several organisations: choose yours in the settings.</source>
        <translation>SGO lists several organisations: choose yours in the settings.</translation>
    </message>
    <message>
        <source>The organisation «%1» is not in SGO&apos;s list.</source>
        <translation>The organisation «%1» is not in SGO&apos;s list.</translation>
    </message>
</context>
<context>
    <name>SgoSignIn</name>
    <message>
        <source>Type the address of your college&apos;s SGO, e.g. https://sgo.example.ru.</source>
        <translation>Type the address of your college&apos;s SGO, e.g. https://sgo.example.ru.</translation>
    </message>
    <message>
        <source>SGO must be reached over HTTPS: type the address with https://.</source>
        <translation>SGO must be reached over HTTPS: type the address with https://.</translation>
    </message>
    <message>
        <source>The server %1 can&apos;t be reached: %2</source>
        <translation>The server %1 can&apos;t be reached: %2</translation>
    </message>
    <message>
        <source>The server %1 answers, but not as SGO does. Check the address: it is the one you open SGO with in the browser.</source>
        <translation>The server %1 answers, but not as SGO does. Check the address: it is the one you open SGO with in the browser.</translation>
    </message>
    <message>
        <source>SGO at %1 lists no organisation.</source>
        <translation>SGO at %1 lists no organisation.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1 It will be asked at the next start.</source>
        <translation>The password could not be remembered: %1 It will be asked at the next start.</translation>
    </message>
    <message>
        <source>SGO gives this account no role of the college&apos;s staff (administrator, curator or teacher). SPO Desk is for the college&apos;s staff.</source>
        <translation>SGO gives this account no role of the college&apos;s staff (administrator, curator or teacher). SPO Desk is for the college&apos;s staff.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Switch &amp;user</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <source>Go back to the sign-in and choose another user</source>
        <translation>Go back to the sign-in and choose another user</translation>
    </message>
    <message>
        <source>SPO Desk cannot start: %1 Reinstalling the program should put it right.</source>
        <translation>SPO Desk cannot start: %1 Reinstalling the program should put it right.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close SPO Desk</source>
        <translation>Close SPO Desk</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Service settings…</source>
        <translation>&amp;Service settings…</translation>
    </message>
    <message>
        <source>Addresses, accounts and keys of U2035, SGO and VK, with a connection check</source>
        <translation>Addresses, accounts and keys of U2035, SGO and VK, with a connection check</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sending problems</source>
        <translation>&amp;Sending problems</translation>
    </message>
    <message>
        <source>What waits to be sent and what the services refused, with Retry</source>
        <translation>What waits to be sent and what the services refused, with Retry</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SPO Desk</source>
        <translation>&amp;About SPO Desk</translation>
    </message>
    <message>
        <source>About SPO Desk</source>
        <translation>About SPO Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPO Desk %1&lt;/h3&gt;&lt;p&gt;Journals, the digital footprint for U2035, chats and accounts for the staff of vocational colleges, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPO Desk %1&lt;/h3&gt;&lt;p&gt;Journals, the digital footprint for U2035, chats and accounts for the staff of vocational colleges, in one window.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the program&apos;s version</source>
        <translation>Show the program&apos;s version</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>This is a demo college: choose a role to see the program as that person sees it. You can switch user at any time.</source>
        <translation>This is a demo college: choose a role to see the program as that person sees it. You can switch user at any time.</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Choose a user</translation>
    </message>
    <message>
        <source>Sign in as %1 (%2)</source>
        <translation>Sign in as %1 (%2)</translation>
    </message>
    <message>
        <source>The demo college&apos;s staff have not been loaded yet (the first load was cancelled or failed). Press F5 to load the rest; «Sending problems» says what failed.</source>
        <translation>The demo college&apos;s staff have not been loaded yet (the first load was cancelled or failed). Press F5 to load the rest; «Sending problems» says what failed.</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Opening the local cache…</source>
        <translation>Opening the local cache…</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Start-up progress</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Lessons held against the curriculum, academic hours</source>
        <translation>Lessons held against the curriculum, academic hours</translation>
    </message>
    <message>
        <source>By lesson type, academic hours</source>
        <translation>By lesson type, academic hours</translation>
    </message>
    <message>
        <source>The journal has no lessons yet.</source>
        <translation>The journal has no lessons yet.</translation>
    </message>
    <message>
        <source>Results: marks and absences</source>
        <translation>Results: marks and absences</translation>
    </message>
    <message>
        <source>No marks yet.</source>
        <translation>No marks yet.</translation>
    </message>
    <message>
        <source>Forecast of the final grade for the semester, students</source>
        <translation>Forecast of the final grade for the semester, students</translation>
    </message>
    <message>
        <source>No students in the group.</source>
        <translation>No students in the group.</translation>
    </message>
    <message>
        <source>Forecast of each student&apos;s final grade</source>
        <translation>Forecast of each student&apos;s final grade</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast of each student&apos;s final grade for the semester&lt;/b&gt;</source>
        <translation>&lt;b&gt;Forecast of each student&apos;s final grade for the semester&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Held %1 of %2 by the curriculum (%3); the journal plans %4 in %5 lessons for the semester, %6 of them held by %7.</source>
        <translation>Held %1 of %2 by the curriculum (%3); the journal plans %4 in %5 lessons for the semester, %6 of them held by %7.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>By the curriculum</source>
        <translation>By the curriculum</translation>
    </message>
    <message>
        <source>By the curriculum: %1</source>
        <translation>By the curriculum: %1</translation>
    </message>
    <message>
        <source>Planned in the journal</source>
        <translation>Planned in the journal</translation>
    </message>
    <message>
        <source>Lessons in the journal for the whole semester: %1 (%2 of the curriculum)</source>
        <translation>Lessons in the journal for the whole semester: %1 (%2 of the curriculum)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message numerus="yes">
        <source>Held by %1: %2 in %n lesson(s), %3 of the curriculum</source>
        <translation>
            <numerusform>Held by %1: %2 in %n lesson, %3 of the curriculum</numerusform>
            <numerusform>Held by %1: %2 in %n lessons, %3 of the curriculum</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>%1: %2 planned for the semester</source>
        <translation>%1: %2 planned for the semester</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 held in %n lesson(s) (%3 of planned)</source>
        <translation>
            <numerusform>%1: %2 held in %n lesson (%3 of planned)</numerusform>
            <numerusform>%1: %2 held in %n lessons (%3 of planned)</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Mark %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %1: %n time(s), %2 of the marks</source>
        <translation>
            <numerusform>Mark %1: %n time, %2 of the marks</numerusform>
            <numerusform>Mark %1: %n times, %2 of the marks</numerusform>
        </translation>
    </message>
    <message>
        <source>Absences (%1)</source>
        <translation>Absences (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Absences: %n</source>
        <translation>
            <numerusform>Absences: %n</numerusform>
            <numerusform>Absences: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Forecast %1</translation>
    </message>
    <message numerus="yes">
        <source>Forecast %1: %n student(s)</source>
        <translation>
            <numerusform>Forecast %1: %n student</numerusform>
            <numerusform>Forecast %1: %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>No forecast yet</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than three marks: %n student(s)</source>
        <translation>
            <numerusform>Fewer than three marks: %n student</numerusform>
            <numerusform>Fewer than three marks: %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySheetModel</name>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>Final grade %1, set %2.</source>
        <translation>Final grade %1, set %2.</translation>
    </message>
    <message>
        <source>Published late, %1: more than a day after it was set.</source>
        <translation>Published late, %1: more than a day after it was set.</translation>
    </message>
    <message>
        <source>Published to students and parents %1.</source>
        <translation>Published to students and parents %1.</translation>
    </message>
    <message>
        <source>Not published yet: students and parents must see it within a day of being set.</source>
        <translation>Not published yet: students and parents must see it within a day of being set.</translation>
    </message>
    <message>
        <source>Overdue: not published to students and parents within a day of being set.</source>
        <translation>Overdue: not published to students and parents within a day of being set.</translation>
    </message>
    <message>
        <source>Final grade deferred until %1. Reason: %2</source>
        <translation>Final grade deferred until %1. Reason: %2</translation>
    </message>
    <message>
        <source>No final grade yet.</source>
        <translation>No final grade yet.</translation>
    </message>
    <message>
        <source>Forecast: %1 (mean of the marks %2).</source>
        <translation>Forecast: %1 (mean of the marks %2).</translation>
    </message>
    <message>
        <source>Not saved: the last change could not be written to the local cache.</source>
        <translation>Not saved: the last change could not be written to the local cache.</translation>
    </message>
    <message>
        <source>%1, teacher %2</source>
        <translation>%1, teacher %2</translation>
    </message>
    <message>
        <source>A final grade is a mark from %1 to %2.</source>
        <translation>A final grade is a mark from %1 to %2.</translation>
    </message>
    <message>
        <source>Give the reason for the deferral.</source>
        <translation>Give the reason for the deferral.</translation>
    </message>
    <message>
        <source>The new date must not be in the past.</source>
        <translation>The new date must not be in the past.</translation>
    </message>
    <message>
        <source>Only the subject&apos;s teacher sets its final grades.</source>
        <translation>Only the subject&apos;s teacher sets its final grades.</translation>
    </message>
</context>
<context>
    <name>SyncFailuresPanel</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Retry all</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Everything has been sent. Nothing failed.</source>
        <translation>Everything has been sent. Nothing failed.</translation>
    </message>
    <message>
        <source>Send the selected item again</source>
        <translation>Send the selected item again</translation>
    </message>
    <message>
        <source>Remove the selected item from the list without sending it</source>
        <translation>Remove the selected item from the list without sending it</translation>
    </message>
    <message>
        <source>Select a line to see the whole message.</source>
        <translation>Select a line to see the whole message.</translation>
    </message>
</context>
<context>
    <name>SyncOnce</name>
    <message>
        <source>The local cache can&apos;t be used: %1</source>
        <translation>The local cache can&apos;t be used: %1</translation>
    </message>
    <message>
        <source>The catalogue of BAS extensions can&apos;t be read: %1</source>
        <translation>The catalogue of BAS extensions can&apos;t be read: %1</translation>
    </message>
    <message>
        <source>The demo college&apos;s footprint could not be queued: %1</source>
        <translation>The demo college&apos;s footprint could not be queued: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queued the demo college&apos;s footprint: %n statement(s)</source>
        <translation>
            <numerusform>Queued the demo college&apos;s footprint: %n statement</numerusform>
            <numerusform>Queued the demo college&apos;s footprint: %n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo services could not be started: %1</source>
        <translation>The demo services could not be started: %1</translation>
    </message>
    <message>
        <source>No U2035 LRS address is set: enter it in the settings or give --u2035-url.</source>
        <translation>No U2035 LRS address is set: enter it in the settings or give --u2035-url.</translation>
    </message>
    <message>
        <source>conflict: %1 (%2): %3</source>
        <translation>conflict: %1 (%2): %3</translation>
    </message>
    <message>
        <source>rejected: %1 (%2): %3</source>
        <translation>rejected: %1 (%2): %3</translation>
    </message>
    <message>
        <source>U2035 could not be reached: %1</source>
        <translation>U2035 could not be reached: %1</translation>
    </message>
    <message>
        <source>Give the account with --sgo-login LOGIN --password-stdin (the password on standard input), or sign in once in SPO Desk with «Remember the password» ticked.</source>
        <translation>Give the account with --sgo-login LOGIN --password-stdin (the password on standard input), or sign in once in SPO Desk with «Remember the password» ticked.</translation>
    </message>
    <message>
        <source>SGO: no address is set. Give it with --sgo-url URL, or sign in once in SPO Desk.</source>
        <translation>SGO: no address is set. Give it with --sgo-url URL, or sign in once in SPO Desk.</translation>
    </message>
    <message>
        <source>SGO: no account to sign in with. %1</source>
        <translation>SGO: no account to sign in with. %1</translation>
    </message>
    <message>
        <source>SGO: no password on standard input. Pipe it in, e.g. «printenv SGO_PASSWORD | spodesk --sync-once --sgo-login LOGIN --password-stdin».</source>
        <translation>SGO: no password on standard input. Pipe it in, e.g. «printenv SGO_PASSWORD | spodesk --sync-once --sgo-login LOGIN --password-stdin».</translation>
    </message>
    <message>
        <source>SGO lists several organisations: sign in once in SPO Desk to choose yours.</source>
        <translation>SGO lists several organisations: sign in once in SPO Desk to choose yours.</translation>
    </message>
    <message>
        <source>SGO: the organisation «%1» is not in SGO&apos;s list.</source>
        <translation>SGO: the organisation «%1» is not in SGO&apos;s list.</translation>
    </message>
    <message>
        <source>SGO: no password for %1 is remembered. %2</source>
        <translation>SGO: no password for %1 is remembered. %2</translation>
    </message>
    <message>
        <source>SGO: signing in as %1 failed: %2</source>
        <translation>SGO: signing in as %1 failed: %2</translation>
    </message>
    <message>
        <source>SGO: %1 could not be loaded: %2</source>
        <translation>SGO: %1 could not be loaded: %2</translation>
    </message>
    <message numerus="yes">
        <source>SGO refused %n journal edit(s): %1</source>
        <translation>
            <numerusform>SGO refused %n journal edit: %1</numerusform>
            <numerusform>SGO refused %n journal edits: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SGO could not be reached: %1</source>
        <translation>SGO could not be reached: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal edit(s) wait for the next run.</source>
        <translation>
            <numerusform>%n journal edit waits for the next run.</numerusform>
            <numerusform>%n journal edits wait for the next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>SGO: loaded %1 (%2), sent %3</source>
        <translation>SGO: loaded %1 (%2), sent %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of data</source>
        <translation>
            <numerusform>%n kind of data</numerusform>
            <numerusform>%n kinds of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal edit(s)</source>
        <translation>
            <numerusform>%n journal edit</numerusform>
            <numerusform>%n journal edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Services not configured</source>
        <translation>Services not configured</translation>
    </message>
    <message>
        <source>No journal, U2035 or VK service is set up yet: everything stays in the local cache</source>
        <translation>No journal, U2035 or VK service is set up yet: everything stays in the local cache</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The services are reachable; changes are sent in the background</source>
        <translation>The services are reachable; changes are sent in the background</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The services cannot be reached; changes are kept and sent later</source>
        <translation>The services cannot be reached; changes are kept and sent later</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Changes saved locally that are not yet sent</source>
        <translation>Changes saved locally that are not yet sent</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errors: %1</translation>
    </message>
    <message>
        <source>Changes the services refused or that could not be sent; click to see them</source>
        <translation>Changes the services refused or that could not be sent; click to see them</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop sending after the current batch; it goes on later by itself</source>
        <translation>Stop sending after the current batch; it goes on later by itself</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</source>
        <translation>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</translation>
    </message>
    <message>
        <source>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</source>
        <translation>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</translation>
    </message>
    <message>
        <source>The catalogue of BAS extensions that this section needs could not be read; see the message above.</source>
        <translation>The catalogue of BAS extensions that this section needs could not be read; see the message above.</translation>
    </message>
</context>
</TS>
