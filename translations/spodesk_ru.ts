<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cache</name>
    <message>
        <source>Could not create the folder %1 for the local cache.</source>
        <translation>Не удалось создать папку %1 для локального кэша.</translation>
    </message>
    <message>
        <source>The local cache %1 was made by a newer version of SPO Desk (schema %2; this version knows up to %3). It was left untouched: update SPO Desk or start with another data folder (--data-dir).</source>
        <translation>Локальный кэш %1 создан более новой версией SPO Desk (схема %2; эта версия знает схемы до %3). Файл оставлен без изменений: обновите SPO Desk или запустите программу с другой папкой данных (--data-dir).</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be read, and it could not be moved aside: %2</source>
        <translation>Локальный кэш %1 не удаётся прочитать, и отложить его в сторону тоже не удалось: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened: %2</source>
        <translation>Не удалось открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>Не удалось открыть локальный кэш %1.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Локальный кэш не открыт.</translation>
    </message>
    <message>
        <source>The college could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить колледж в локальном кэше: %1</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The local cache could not be read. A copy of the damaged file was kept as %1, and a fresh cache was started.</source>
        <translation>Не удалось прочитать локальный кэш. Копия повреждённого файла сохранена как %1, начат новый кэш.</translation>
    </message>
    <message>
        <source>Saving the demo college…</source>
        <translation>Сохранение демонстрационного колледжа…</translation>
    </message>
    <message>
        <source>Building the demo college…</source>
        <translation>Создание демонстрационного колледжа…</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start it will keep a copy of the damaged file and start a fresh cache.</source>
        <translation>Локальный кэш %1 повреждён. SPO Desk продолжает работу с тем, что удаётся прочитать; при следующем запуске копия повреждённого файла будет сохранена и будет начат новый кэш.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>SPO Desk cannot open its data</source>
        <translation>SPO Desk не может открыть свои данные</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>JournalsPage</name>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Groups by course</source>
        <translation>Учебные группы по курсам</translation>
    </message>
    <message>
        <source>Course and group</source>
        <translation>Курс и группа</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>No groups in the cache yet</source>
        <translation>В кэше пока нет учебных групп</translation>
    </message>
    <message>
        <source>Here each group will have a journal per subject: its teacher, hours by fact and by plan, lessons with their date, type, duration and topic, the students&apos; marks and absences, final grades and the summary sheet, and statistics.</source>
        <translation>Здесь у каждой группы будет журнал по каждому предмету: преподаватель, часы по факту и по плану, занятия с датой, типом, продолжительностью и темой, оценки и пропуски студентов, итоговые оценки и сводная ведомость, статистика.</translation>
    </message>
    <message>
        <source>Opening a group&apos;s journal is not available in this version yet; the list below shows the college&apos;s groups by course.</source>
        <translation>Открыть журнал группы в этой версии пока нельзя; ниже показаны учебные группы колледжа по курсам.</translation>
    </message>
    <message numerus="yes">
        <source>Course %1 — %n study group(s)</source>
        <translation>
            <numerusform>%1 курс — %n учебная группа</numerusform>
            <numerusform>%1 курс — %n учебные группы</numerusform>
            <numerusform>%1 курс — %n учебных групп</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>College administrator</source>
        <translation>Администратор ПОО</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>Преподаватель-предметник</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Footprint (U2035)</source>
        <translation>ЦС (U2035)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Group journals by course and group</source>
        <translation>Журналы учебных групп по курсам</translation>
    </message>
    <message>
        <source>The learners&apos; digital footprint sent to U2035</source>
        <translation>Цифровой след обучающихся для U2035</translation>
    </message>
    <message>
        <source>Sferum and VK Messenger chats</source>
        <translation>Чаты Сферума и VK Мессенджера</translation>
    </message>
    <message>
        <source>SGO logins for parents and pupils of additional education</source>
        <translation>Учётные записи СГО для родителей и учеников дополнительного образования</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Open the built-in demo college.</source>
        <translation>Открыть встроенный демонстрационный колледж.</translation>
    </message>
    <message>
        <source>Size of the demo college: default or large (with --demo).</source>
        <translation>Размер демонстрационного колледжа: default или large (вместе с --demo).</translation>
    </message>
    <message>
        <source>Keep the local cache in DIR.</source>
        <translation>Хранить локальный кэш в папке DIR.</translation>
    </message>
    <message>
        <source>Interface language: ru or en (default: the system&apos;s).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Exit right after the main window is first painted, printing the milliseconds since the process started.</source>
        <translation>Выйти сразу после первой отрисовки главного окна, напечатав число миллисекунд от запуска процесса.</translation>
    </message>
    <message>
        <source>SPO Desk: journals, digital footprint, chats and accounts for vocational colleges.</source>
        <translation>SPO Desk: журналы, цифровой след, чаты и учётные записи для профессиональных образовательных организаций.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Switch &amp;user</source>
        <translation>Сменить &amp;пользователя</translation>
    </message>
    <message>
        <source>Go back to the sign-in and choose another user</source>
        <translation>Вернуться ко входу и выбрать другого пользователя</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close SPO Desk</source>
        <translation>Закрыть SPO Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About SPO Desk</source>
        <translation>&amp;О программе SPO Desk</translation>
    </message>
    <message>
        <source>About SPO Desk</source>
        <translation>О программе SPO Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPO Desk %1&lt;/h3&gt;&lt;p&gt;Journals, the digital footprint for U2035, chats and accounts for the staff of vocational colleges, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPO Desk %1&lt;/h3&gt;&lt;p&gt;Журналы, цифровой след для U2035, чаты и учётные записи для сотрудников профессиональных образовательных организаций — в одном окне.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the program&apos;s version</source>
        <translation>Показать версию программы</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Выполнен вход: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not available in this version yet.</source>
        <translation>В этой версии раздел пока недоступен.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>The local cache holds no staff of this college yet. Connecting to the college&apos;s services is not available in this version; start with --demo to try the demo college.</source>
        <translation>В локальном кэше пока нет сотрудников этого колледжа. Подключение к сервисам колледжа в этой версии пока недоступно; чтобы попробовать демонстрационный колледж, запустите программу с --demo.</translation>
    </message>
    <message>
        <source>This is a demo college: choose a role to see the program as that person sees it. You can switch user at any time.</source>
        <translation>Это демонстрационный колледж: выберите роль, чтобы увидеть программу так, как её видит этот сотрудник. Сменить пользователя можно в любой момент.</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Выберите пользователя</translation>
    </message>
    <message>
        <source>Sign in as %1 (%2)</source>
        <translation>Войти как %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <source>Opening the local cache…</source>
        <translation>Открытие локального кэша…</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Ход запуска</translation>
    </message>
    <message>
        <source>Starting SPO Desk</source>
        <translation>Запуск SPO Desk</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Services not configured</source>
        <translation>Сервисы не настроены</translation>
    </message>
    <message>
        <source>No journal, U2035 or VK service is set up yet: everything stays in the local cache</source>
        <translation>Сервисы журналов, U2035 и VK ещё не настроены: всё хранится в локальном кэше</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>The services are reachable; changes are sent in the background</source>
        <translation>Сервисы доступны; изменения отправляются в фоне</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>The services cannot be reached; changes are kept and sent later</source>
        <translation>Сервисы недоступны; изменения сохранены и будут отправлены позже</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Ожидают отправки: %1</translation>
    </message>
    <message>
        <source>Changes saved locally that are not yet sent</source>
        <translation>Изменения, сохранённые локально и ещё не отправленные</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Ошибок: %1</translation>
    </message>
    <message>
        <source>Changes the services refused or that could not be sent</source>
        <translation>Изменения, которые сервисы отклонили или которые не удалось отправить</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Here you will edit LMS activities with their block of BAS extensions, see each activity&apos;s reports on the Not filled and Filled tabs, and upload practice diaries and final attestation documents. The digital footprint of every learner is sent to U2035 automatically.</source>
        <translation>Здесь вы будете редактировать активности LMS с блоком «Расширения БАС», смотреть отчёты по каждой активности на вкладках «Не заполнены» и «Заполнены», загружать дневники практик и документы по итоговой аттестации. ЦС каждого обучающегося передаётся в U2035 автоматически.</translation>
    </message>
    <message>
        <source>Here you will link your account to a Sferum learning profile and go to VK Messenger. The chats each role gets are made automatically; with the Chat management right you will create chats, choose their members and administrators.</source>
        <translation>Здесь вы привяжете учётную запись к учебному профилю Сферум и перейдёте в VK Мессенджер. Чаты, положенные каждой роли, создаются автоматически; с правом «Управление чатами» вы будете создавать чаты, выбирать их участников и администраторов.</translation>
    </message>
    <message>
        <source>Here you will hand out SGO logins for additional education: the lists of parents and pupils, changing a password, a printable slip with the login for a parent, and linking a parent to a child.</source>
        <translation>Здесь вы будете выдавать учётные записи СГО для дополнительного образования: списки родителей и учеников, смена пароля, бланк с логином для родителя для печати, привязка родителя к ребёнку.</translation>
    </message>
</context>
</TS>
