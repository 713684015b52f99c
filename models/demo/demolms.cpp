#include "demo/demolms.h"

#include "demo/demorandom.h"

namespace {

struct ActivityPlan
{
    const char *title;
    ActivityType type;
    bool attestation = false;
    bool blockAttestation = false;
    bool externalWebinar = false;
};

struct BlockPlan
{
    const char *title;
    ProgramBlock::Kind kind;
    bool requiresFinalDocuments;
    QList<ActivityPlan> activities;
};

struct ProgramPlan
{
    const char *title;
    QList<BlockPlan> blocks;
};

using Type = ActivityType;
using Kind = ProgramBlock::Kind;

// Seed 000: «Если у вас несколько промежуточных аттестаций в блоке, то аттестацией по всему практическому
// блоку будет последняя аттестация в блоке» — so «Аттестация по блоку» is ticked on the last attestation
// only.
QList<ProgramPlan> programPlans()
{
    return {
        {"Эксплуатация беспилотных авиационных систем",
         {
             {"Теоретическое обучение",
              Kind::Theoretical,
              false,
              {
                  {"Введение в беспилотные авиационные системы", Type::Lecture},
                  {"Устройство мультироторного беспилотного воздушного судна", Type::Video},
                  {"Воздушное законодательство Российской Федерации в области БАС", Type::Presentation},
                  {"Основы аэродинамики и динамики полёта", Type::Lecture},
                  {"Изучение руководства по лётной эксплуатации", Type::IndependentWork},
                  {"Метеорологическое обеспечение полётов", Type::Webinar},
                  {"Промежуточная аттестация по теоретическому блоку", Type::Test, true},
              }},
             {"Практическая подготовка",
              Kind::Practical,
              false,
              {
                  {"Предполётная подготовка беспилотного воздушного судна", Type::Assignment},
                  {"Разбор полётов: типичные ошибки внешнего пилота", Type::Webinar, false, false, true},
                  {"Выполнение полёта в ручном режиме", Type::Assignment, true},
                  {"Ведение дневника практики", Type::IndependentWork},
                  {"Полёт по маршруту в автоматическом режиме", Type::Assignment, true},
                  {"Аттестация по практическому блоку", Type::Test, true, true},
              }},
             {"Итоговая аттестация",
              Kind::FinalAttestation,
              true,
              {
                  {"Итоговое тестирование", Type::Test, true},
                  {"Защита итоговой практической работы", Type::Assignment, true},
              }},
         }},
        {"Сборка и программирование беспилотных авиационных систем",
         {
             {"Теоретическое обучение",
              Kind::Theoretical,
              false,
              {
                  {"Компоненты беспилотного воздушного судна", Type::Lecture},
                  {"Полётные контроллеры и их прошивка", Type::Presentation},
                  {"Пайка и монтаж силовой части", Type::Video},
                  {"Основы программирования полётных заданий", Type::Lecture},
                  {"Тест по устройству беспилотных воздушных судов", Type::Test, true},
              }},
             {"Практическая подготовка",
              Kind::Practical,
              false,
              {
                  {"Сборка рамы и силовой установки", Type::Assignment},
                  {"Настройка полётного контроллера", Type::Assignment, true},
                  {"Программирование миссии с контрольными точками", Type::IndependentWork},
                  {"Онлайн-консультация с инженером производителя", Type::Webinar, false, false, true},
                  {"Испытательный полёт собранного аппарата", Type::Assignment, true, true},
              }},
             {"Итоговая аттестация",
              Kind::FinalAttestation,
              true,
              {
                  {"Защита проекта по сборке и программированию", Type::Assignment, true},
              }},
         }},
    };
}

// A U2035 flow id has the shape of a UUID.
QString flowId(DemoRandom &rng)
{
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(a & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((b >> 48) & 0x3FFF), 4, 16, QLatin1Char('0'))
        .arg(b & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'));
}

} // namespace

void DemoLms::fill(CollegeData &college, const QList<QList<qint64>> &takers, DemoRandom &rng)
{
    const QList<ProgramPlan> plans = programPlans();
    for (qsizetype p = 0; p < plans.size() && p < takers.size(); ++p) {
        const ProgramPlan &plan = plans.at(p);
        Program program;
        program.id = college.programs.size() + 1;
        program.title = QString::fromUtf8(plan.title);
        program.flowId = flowId(rng);
        college.programs << program;

        QList<qint64> blockIds;
        int number = 0;
        for (const BlockPlan &b : plan.blocks) {
            ProgramBlock block;
            block.id = college.blocks.size() + 1;
            block.programId = program.id;
            block.title = QString::fromUtf8(b.title);
            block.kind = b.kind;
            block.number = ++number;
            block.requiresFinalDocuments = b.requiresFinalDocuments;
            college.blocks << block;
            blockIds << block.id;
        }

        for (qint64 groupId : takers.at(p)) {
            for (qsizetype b = 0; b < plan.blocks.size(); ++b) {
                int position = 0;
                for (const ActivityPlan &a : plan.blocks.at(b).activities) {
                    Activity activity;
                    activity.id = college.activities.size() + 1;
                    activity.blockId = blockIds.at(b);
                    activity.groupId = groupId;
                    activity.title = QString::fromUtf8(a.title);
                    activity.type = a.type;
                    activity.position = ++position;
                    activity.attestation = a.attestation;
                    activity.blockAttestation = a.blockAttestation;
                    activity.externalWebinar = a.externalWebinar;
                    college.activities << activity;
                }
            }
        }
    }
}
