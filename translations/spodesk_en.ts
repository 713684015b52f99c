<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
    <name>Engine</name>
    <message>
        <source>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</source>
        <translation>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</translation>
    </message>
    <message>
        <source>Saving the demo college…</source>
        <translation>Saving the demo college…</translation>
    </message>
    <message>
        <source>Building the demo college…</source>
        <translation>Building the demo college…</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</source>
        <translation>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</translation>
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
    <name>JournalsPage</name>
    <message>
        <source>Journals</source>
        <translation>Journals</translation>
    </message>
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
    <message>
        <source>No groups in the cache yet</source>
        <translation>No groups in the cache yet</translation>
    </message>
    <message>
        <source>Here each group will have a journal per subject: its teacher, hours by fact and by plan, lessons with their date, type, duration and topic, the students' marks and absences, final grades and the summary sheet, and statistics.</source>
        <translation>Here each group will have a journal per subject: its teacher, hours by fact and by plan, lessons with their date, type, duration and topic, the students' marks and absences, final grades and the summary sheet, and statistics.</translation>
    </message>
    <message>
        <source>Opening a group's journal is not available in this version yet; the list below shows the college's groups by course.</source>
        <translation>Opening a group's journal is not available in this version yet; the list below shows the college's groups by course.</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 — %n study group(s)</source>
        <translation>
            <numerusform>Course %1 — %n study group</numerusform>
            <numerusform>Course %1 — %n study groups</numerusform>
        </translation>
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
        <source>The learners' digital footprint sent to U2035</source>
        <translation>The learners' digital footprint sent to U2035</translation>
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
        <source>Interface language: ru or en (default: the system's).</source>
        <translation>Interface language: ru or en (default: the system's).</translation>
    </message>
    <message>
        <source>Exit right after the main window is first painted, printing the milliseconds since the process started.</source>
        <translation>Exit right after the main window is first painted, printing the milliseconds since the process started.</translation>
    </message>
    <message>
        <source>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</source>
        <translation>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Switch &amp;user</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <source>Go back to the sign-in and choose another user</source>
        <translation>Go back to the sign-in and choose another user</translation>
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
        <source>Show the program's version</source>
        <translation>Show the program's version</translation>
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
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
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
        <source>The secure connection was refused: the service's certificate cannot be trusted (%1).</source>
        <translation>The secure connection was refused: the service's certificate cannot be trusted (%1).</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not available in this version yet.</source>
        <translation>This section is not available in this version yet.</translation>
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
        <source>Saves this service's settings and tries them</source>
        <translation>Saves this service's settings and tries them</translation>
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
        <source>The organisation «%1» is not in SGO's list.</source>
        <translation>The organisation «%1» is not in SGO's list.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>The local cache holds no staff of this college yet. Connecting to the college's services is not available in this version; start with --demo to try the demo college.</source>
        <translation>The local cache holds no staff of this college yet. Connecting to the college's services is not available in this version; start with --demo to try the demo college.</translation>
    </message>
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
    <message>
        <source>Starting SPO Desk</source>
        <translation>Starting SPO Desk</translation>
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
        <source>Changes the services refused or that could not be sent</source>
        <translation>Changes the services refused or that could not be sent</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Here you will edit LMS activities with their block of BAS extensions, see each activity's reports on the Not filled and Filled tabs, and upload practice diaries and final attestation documents. The digital footprint of every learner is sent to U2035 automatically.</source>
        <translation>Here you will edit LMS activities with their block of BAS extensions, see each activity's reports on the Not filled and Filled tabs, and upload practice diaries and final attestation documents. The digital footprint of every learner is sent to U2035 automatically.</translation>
    </message>
    <message>
        <source>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</source>
        <translation>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</translation>
    </message>
    <message>
        <source>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</source>
        <translation>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</translation>
    </message>
</context>
</TS>