// One libFuzzer entry point per reply parser: SPODESK_FUZZ_TARGET (set by CMake) names the parser this binary
// feeds. Every input must give a value or a typed error; the sanitizers catch anything else.

#include "net/jsonfields.h"
#include "net/lrsreplies.h"
#include "net/retrypolicy.h"
#include "net/s3replies.h"
#include "net/sgoadmincalls.h"
#include "net/sgoreplies.h"
#include "net/vkreplies.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace {

using Parser = std::function<void(const QByteArray &)>;

// A result must be one thing or the other, and an error must say which kind.
template<typename T> void check(const NetResult<T> &result)
{
    if (!result.ok() && result.error().kind == NetError::Kind::None)
        std::abort();
}

void checkError(const NetError &error)
{
    if (error.kind == NetError::Kind::None)
        std::abort();
    (void)error.toLogText();
}

void vkShapes(const QByteArray &body)
{
    QString problem;
    const auto value = JsonFields::document(body, &problem);
    if (!value)
        return;
    check(VkReplies::parseChat(*value));
    check(VkReplies::parseChats(*value));
    check(VkReplies::parseCreateChat(*value));
    check(VkReplies::parseAddChatUsers(*value));
    check(VkReplies::parseConversationMembers(*value));
    check(VkReplies::parseConversationsById(*value));
    check(VkReplies::parseInviteLink(*value));
    check(VkReplies::parseDeleteConversation(*value));
    check(VkReplies::parseSend(*value));
    check(VkReplies::parseGroups(*value));
    (void)VkReplies::parseOk(*value);
}

// Every kind's page parser on the same input; a page that parses keeps its promises.
template<typename T> void syncPage(const QByteArray &body)
{
    const auto page = SgoAdminCalls::parseSyncPage<T>(body);
    check(page);
    if (page.ok() &&
        (page.value().page < 1 || page.value().page > page.value().pages || page.value().since.isEmpty()))
        std::abort();
}

void syncPages(const QByteArray &body)
{
    using namespace SgoAdminCalls;
    syncPage<SyncOrganisation>(body);
    syncPage<Group>(body);
    syncPage<Student>(body);
    syncPage<EnrolmentOrder>(body);
    syncPage<Parent>(body);
    syncPage<ParentLink>(body);
    syncPage<StaffMember>(body);
    syncPage<Subject>(body);
    syncPage<TeachingAssignment>(body);
    syncPage<Lesson>(body);
    syncPage<Mark>(body);
    syncPage<Program>(body);
    syncPage<ProgramBlock>(body);
    syncPage<Activity>(body);
    syncPage<FinalGrade>(body);
}

const QHash<QByteArray, Parser> &parsers()
{
    static const QHash<QByteArray, Parser> table{
        {"lrs_statement_ids",
         [](const QByteArray &b) {
             check(LrsReplies::parseStatementIds(b));
             check(LrsReplies::parseStatementIds(b, 2));
         }},
        {"lrs_failure",
         [](const QByteArray &b) {
             checkError(LrsReplies::parseFailure(409, b));
             checkError(LrsReplies::parseFailure(400, b));
         }},
        {"vk_envelope", [](const QByteArray &b) { check(VkReplies::parseEnvelope(b)); }},
        {"vk_execute",
         [](const QByteArray &b) {
             const int calls = b.isEmpty() ? 0 : static_cast<unsigned char>(b.at(0)) % 30;
             const auto results = VkReplies::parseExecute(b.mid(1), calls);
             check(results);
             if (results.ok() && results.value().size() != calls)
                 std::abort();
         }},
        {"vk_chat_shapes", vkShapes},
        {"sgo_auth_data", [](const QByteArray &b) { check(SgoReplies::parseAuthData(b)); }},
        {"sgo_schools", [](const QByteArray &b) { check(SgoReplies::parseSchools(b)); }},
        {"sgo_login",
         [](const QByteArray &b) {
             const auto session = SgoReplies::parseLogin(b);
             check(session);
             // The token goes into a header: it must never carry a line break.
             if (session.ok() && (session.value().at.contains('\n') || session.value().at.contains('\r')))
                 std::abort();
         }},
        {"sgo_failure",
         [](const QByteArray &b) {
             checkError(SgoReplies::parseFailure(409, b));
             checkError(SgoReplies::parseFailure(401, b));
         }},
        {"sgo_people_page", [](const QByteArray &b) { check(SgoAdminCalls::parsePeoplePage(b)); }},
        {"sgo_journal_applied", [](const QByteArray &b) { check(SgoAdminCalls::parseAppliedChanges(b)); }},
        {"sgo_person",
         [](const QByteArray &b) {
             check(SgoAdminCalls::parsePerson(b));
             check(SgoAdminCalls::parsePeople(b));
         }},
        {"sgo_context",
         [](const QByteArray &b) {
             const auto context = SgoAdminCalls::parseContext(b);
             check(context);
             if (context.ok() && (context.value().name.last.trimmed().isEmpty() ||
                                  context.value().year.end < context.value().year.start))
                 std::abort();
         }},
        {"sgo_sync_page", syncPages},
        {"s3_failure", [](const QByteArray &b) { checkError(S3Replies::parseFailure(403, b)); }},
        {"retry_after",
         [](const QByteArray &b) {
             const auto seconds =
                 RetryPolicy::parseRetryAfter(b, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
             if (seconds && *seconds < 0)
                 std::abort();
         }},
    };
    return table;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Parser parser = parsers().value(QByteArrayLiteral(SPODESK_FUZZ_TARGET));
    if (!parser)
        std::abort();
    parser(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
