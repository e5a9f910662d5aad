#include "canary/Canary.h"

#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "users/UserLinkStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace cxsync::canary {

Q_LOGGING_CATEGORY(lcCanary, "cxsync.canary")

namespace {

// The text every canary item carries: whoever opens one knows what it is and that it goes away by itself.
QString canaryBody()
{
    return Canary::tr("Written by the CRM Exchange Sync canary to measure how long a change takes to reach the "
                      "other side. It is private, has no attendees and is deleted again automatically.");
}

bool carries(const QString &subject, const QString &marker)
{
    return !marker.isEmpty() && subject.contains(marker);
}

bool gone(const Error &e)
{
    return e.kind == ErrorKind::NotFound || e.httpStatus == 404 || e.httpStatus == 410;
}

} // namespace

CanaryOptions CanaryOptions::fromSettings(const Settings &settings)
{
    CanaryOptions o;
    o.crmLogon = settings.value(Keys::CanaryCrmUser).toString().trimmed();
    o.mailbox = settings.value(Keys::CanaryMailbox).toString().trimmed();
    o.intervalMs = qint64(qBound(1, settings.value(Keys::CanaryIntervalMinutes).toInt(), 1440)) * 60 * 1000;
    o.lateMs = qint64(qBound(5, settings.value(Keys::CanaryLateSeconds).toInt(), 86400)) * 1000;
    return o;
}

Canary::Canary(Connections &connections, Journal &journal, Clock &clock, CanaryOptions options, QObject *parent)
    : QObject(parent), m_connections(connections), m_journal(journal), m_clock(clock),
      m_options(std::move(options)), m_store(journal)
{
    qRegisterMetaType<cxsync::canary::CanaryRound>();
    m_roundTimer.setInterval(int(qBound<qint64>(1000, m_options.intervalMs, qint64(24) * 3600 * 1000)));
    connect(&m_roundTimer, &QTimer::timeout, this, &Canary::runRound);
    m_checkTimer.setInterval(int(qBound<qint64>(100, m_options.checkEveryMs, qint64(3600) * 1000)));
    connect(&m_checkTimer, &QTimer::timeout, this, [this] {
        if (!m_round || m_round->state != CanaryState::Waiting)
            return;
        if (m_clock.elapsedMs() - m_writtenElapsedMs >= m_options.lostMs())
            return endRound(CanaryState::Lost,
                            tr("not seen on the other side within %n second(s)", nullptr,
                               int(m_options.lostMs() / 1000)));
        check();
    });
}

Canary::~Canary()
{
    ++m_generation;
}

void Canary::start()
{
    m_stopped = false;
    m_roundTimer.start();
    runRound();
}

void Canary::stop()
{
    m_stopped = true;
    ++m_generation;
    m_roundTimer.stop();
    m_checkTimer.stop();
}

void Canary::syncRunFinished()
{
    if (!m_stopped && m_round && m_round->state == CanaryState::Waiting)
        check();
}

Result<Canary::Pair> Canary::resolvePair() const
{
    users::UserLinkStore links(m_journal);
    const auto all = links.all();
    if (!all.ok())
        return all.error();
    for (const users::UserLink &link : all.value()) {
        if (link.crmLogon.compare(m_options.crmLogon, Qt::CaseInsensitive) != 0)
            continue;
        if (link.state != users::LinkState::Linked || link.mailbox.isEmpty())
            return makeError(ErrorKind::Invalid,
                             tr("the canary CRM user '%1' is not linked to a mailbox; run Sync Users With CRM "
                                "first")
                                 .arg(m_options.crmLogon),
                             Keys::CanaryCrmUser);
        if (link.mailbox.compare(m_options.mailbox, Qt::CaseInsensitive) != 0)
            return makeError(ErrorKind::Invalid,
                             tr("the canary CRM user '%1' is linked to %2, not to the canary mailbox %3")
                                 .arg(m_options.crmLogon, link.mailbox, m_options.mailbox),
                             Keys::CanaryMailbox);
        return Pair{link.crmUserId, link.mailbox};
    }
    return makeError(ErrorKind::NotFound,
                     tr("the canary CRM user '%1' is not among the synchronized users").arg(m_options.crmLogon),
                     Keys::CanaryCrmUser);
}

void Canary::runRound()
{
    if (m_stopped || m_round || m_cleaning)
        return;
    // What an earlier round left (a failed removal, a service that died) goes first.
    cleanUp([this, generation = m_generation](int, QStringList) {
        if (alive(generation) && !m_round)
            beginRound();
    });
}

void Canary::beginRound()
{
    CanaryRound round;
    round.startedUtc = m_clock.nowUtc();
    if (!m_next) {
        const auto last = m_store.last();
        m_next = last.ok() && last.value() && last.value()->direction == CanaryDirection::CrmToExchange
                     ? CanaryDirection::ExchangeToCrm
                     : CanaryDirection::CrmToExchange;
    }
    round.direction = *m_next;
    m_next = round.direction == CanaryDirection::CrmToExchange ? CanaryDirection::ExchangeToCrm
                                                               : CanaryDirection::CrmToExchange;
    round.marker = QStringLiteral("cxc-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QDateTime slot = round.startedUtc.addSecs(m_options.slotAheadSecs);
    slot = QDateTime(slot.date(), QTime(slot.time().hour(), slot.time().minute()), Qt::UTC).addSecs(60);
    round.slotStartUtc = slot;
    round.slotEndUtc = slot.addSecs(15 * 60);
    const auto pair = resolvePair();
    round.crmUserId = pair.ok() ? pair.value().crmUserId : m_options.crmLogon;
    round.mailbox = pair.ok() ? pair.value().mailbox : m_options.mailbox;
    if (Status s = m_store.begin(round); !s.ok()) {
        Q_EMIT message(tr("Canary: cannot record the round, none is run: %1").arg(s.error().message));
        return;
    }
    m_round = round;
    if (!pair.ok())
        return endRound(CanaryState::Failed, pair.error().message);
    writeOrigin();
}

void Canary::writeOrigin()
{
    const CanaryRound &round = *m_round;
    const QString subject = subjectPrefix() + round.marker;
    const quint64 generation = m_generation;
    auto written = [this, generation](const QString &crmId, const QString &exchangeId, const QString &uid) {
        if (!alive(generation) || !m_round)
            return;
        const QDateTime now = m_clock.nowUtc();
        m_writtenElapsedMs = m_clock.elapsedMs();
        m_round->crmItemId = crmId;
        m_round->exchangeItemId = exchangeId;
        m_round->exchangeUid = uid;
        m_round->writtenUtc = now;
        m_round->state = CanaryState::Waiting;
        if (Status s = m_store.setWritten(m_round->id, crmId, exchangeId, now); !s.ok())
            Q_EMIT message(tr("Canary: %1").arg(s.error().message));
        m_checkTimer.start();
    };
    if (round.direction == CanaryDirection::CrmToExchange) {
        crm::CrmAppointment a;
        a.subject = subject;
        a.details = canaryBody();
        a.startUtc = round.slotStartUtc;
        a.endUtc = round.slotEndUtc;
        a.isPrivate = true;
        a.ownerUserId = round.crmUserId;
        a.linkedUserIds = {round.crmUserId}; // its owner only: no one else is invited
        m_connections.crm().createAppointment(
            a, [this, generation, written](Result<crm::CrmAppointment> created) {
                if (!alive(generation) || !m_round)
                    return;
                if (!created.ok())
                    return endRound(CanaryState::Failed,
                                    tr("the CRM refused the canary appointment: %1").arg(created.error().message));
                written(created.value().id, QString(), QString());
            });
        return;
    }
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    if (!exchange)
        return endRound(CanaryState::Failed, tr("no Exchange connection"));
    exchange::ExchangeEvent e;
    e.subject = subject;
    e.bodyText = canaryBody();
    e.startUtc = round.slotStartUtc;
    e.endUtc = round.slotEndUtc;
    e.timeZone = QStringLiteral("UTC");
    e.isPrivate = true;
    e.reminderOn = false;
    e.attendees.clear(); // never an invitation
    exchange->createEvent(round.mailbox, e, round.marker,
                          [this, generation, written](Result<exchange::ExchangeEvent> created) {
                              if (!alive(generation) || !m_round)
                                  return;
                              if (!created.ok())
                                  return endRound(CanaryState::Failed,
                                                  tr("Exchange refused the canary item: %1")
                                                      .arg(created.error().message));
                              written(QString(), created.value().id, created.value().iCalUId);
                          });
}

void Canary::check()
{
    if (!m_round || m_round->state != CanaryState::Waiting)
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    const quint64 generation = m_generation;
    auto notYet = [this, generation] {
        if (!alive(generation))
            return;
        m_checking = false;
        if (std::exchange(m_checkAgain, false))
            check();
    };
    const CanaryRound round = *m_round;
    if (round.direction == CanaryDirection::CrmToExchange) {
        // Only the synchronization can have put an item with the round's marker into the canary mailbox.
        findInSlot(round, [this, generation, round, notYet](Result<QList<exchange::ExchangeEvent>> found) {
            if (!alive(generation))
                return;
            if (!found.ok() || found.value().isEmpty())
                return notYet();
            m_checking = false;
            if (m_round)
                m_round->exchangeUid = found.value().first().iCalUId;
            arrived(round.crmItemId, found.value().first().id);
        });
        return;
    }
    // Exchange → CRM: a CRM record carrying the item's Exchange id is the synchronization's doing.
    m_connections.crm().findAppointmentByExchangeId(
        round.exchangeUid.isEmpty() ? round.exchangeItemId : round.exchangeUid,
        [this, generation, round, notYet](Result<std::optional<crm::CrmAppointment>> found) {
            if (!alive(generation))
                return;
            if (!found.ok() || !found.value() || !carries(found.value()->subject, round.marker))
                return notYet();
            m_checking = false;
            arrived(found.value()->id, round.exchangeItemId);
        });
}

void Canary::arrived(const QString &crmItemId, const QString &exchangeItemId)
{
    if (!m_round || m_round->state != CanaryState::Waiting)
        return;
    m_checkTimer.stop();
    const qint64 latency = qMax<qint64>(0, m_clock.elapsedMs() - m_writtenElapsedMs);
    m_round->crmItemId = crmItemId;
    m_round->exchangeItemId = exchangeItemId;
    m_round->seenUtc = m_clock.nowUtc();
    m_round->latencyMs = latency;
    if (Status s = m_store.setItemIds(m_round->id, crmItemId, exchangeItemId); !s.ok())
        Q_EMIT message(tr("Canary: %1").arg(s.error().message));
    const bool late = latency > m_options.lateMs;
    Q_EMIT message(late ? tr("Canary %1 arrived late: %2 ms (threshold %3 ms).")
                              .arg(directionName(m_round->direction))
                              .arg(latency)
                              .arg(m_options.lateMs)
                        : tr("Canary %1 arrived in %2 ms.").arg(directionName(m_round->direction)).arg(latency));
    endRound(late ? CanaryState::Late : CanaryState::Arrived, QString());
}

void Canary::endRound(CanaryState state, const QString &error)
{
    if (!m_round)
        return;
    m_checkTimer.stop();
    m_checking = false;
    m_checkAgain = false;
    m_round->state = state;
    m_round->error = error;
    if (Status s = m_store.finish(m_round->id, state, m_round->seenUtc, m_round->latencyMs, error); !s.ok())
        Q_EMIT message(tr("Canary: %1").arg(s.error().message));
    if (state == CanaryState::Lost || state == CanaryState::Failed) {
        qCWarning(lcCanary).noquote() << "canary" << directionName(m_round->direction) << stateName(state) << error;
        Q_EMIT message(tr("Canary %1 %2: %3").arg(directionName(m_round->direction), stateName(state), error));
    }
    const quint64 generation = m_generation;
    cleanRound(*m_round, [this, generation](const QString &problem) {
        if (!alive(generation) || !m_round)
            return;
        CanaryRound round = *std::exchange(m_round, std::nullopt);
        if (problem.isEmpty()) {
            if (Status s = m_store.setCleaned(round.id); s.ok())
                round.cleaned = true;
            else
                Q_EMIT message(tr("Canary: %1").arg(s.error().message));
        } else {
            Q_EMIT message(tr("Canary: the items of round %1 could not all be removed (tried again before the "
                              "next round): %2")
                               .arg(round.id)
                               .arg(problem));
        }
        Q_EMIT roundFinished(round);
    });
}

void Canary::cleanUp(std::function<void(int, QStringList)> done)
{
    auto rounds = m_store.uncleaned();
    if (!rounds.ok()) {
        const QStringList problems{rounds.error().message};
        Q_EMIT cleanupFinished(0, problems);
        return done(0, problems);
    }
    if (rounds.value().isEmpty())
        return done(0, {});
    m_cleaning = true;
    cleanNext(std::make_shared<QList<CanaryRound>>(std::move(rounds).value()), 0, {}, std::move(done));
}

void Canary::cleanNext(std::shared_ptr<QList<CanaryRound>> rounds, int cleaned, QStringList problems,
                       std::function<void(int, QStringList)> done)
{
    if (rounds->isEmpty()) {
        m_cleaning = false;
        if (cleaned > 0)
            Q_EMIT message(tr("Canary: removed the items of %n unfinished round(s).", nullptr, cleaned));
        Q_EMIT cleanupFinished(cleaned, problems);
        return done(cleaned, problems);
    }
    const CanaryRound round = rounds->takeFirst();
    QPointer<Canary> self(this);
    cleanRound(round, [self, rounds, cleaned, problems, done, round](const QString &problem) mutable {
        if (!self)
            return;
        if (problem.isEmpty()) {
            if (round.state == CanaryState::Writing || round.state == CanaryState::Waiting)
                (void)self->m_store.finish(round.id, CanaryState::Failed, {}, -1,
                                           tr("interrupted (the service stopped during the round)"));
            if (Status s = self->m_store.setCleaned(round.id); s.ok())
                ++cleaned;
            else
                problems.append(s.error().message);
        } else {
            problems.append(tr("round %1: %2").arg(round.id).arg(problem));
        }
        self->cleanNext(rounds, cleaned, problems, done);
    });
}

// Finds and deletes a round's items: on the Exchange side every item in the round's slot whose subject holds
// its marker (and the stored id); on the CRM side the stored id, the records carrying those Exchange ids and,
// when a CRM write may have happened without its id reaching the journal, the records in the CRM change feed
// since the round began whose subject holds the marker.
void Canary::cleanRound(const CanaryRound &round, std::function<void(QString)> done)
{
    struct State {
        CanaryRound round;
        QSet<QString> exchangeIds;
        QSet<QString> crmIds;
        QStringList problems;
        std::function<void(QString)> done;
    };
    auto st = std::make_shared<State>();
    st->round = round;
    st->done = std::move(done);
    if (!round.exchangeItemId.isEmpty())
        st->exchangeIds.insert(round.exchangeItemId);
    if (!round.crmItemId.isEmpty())
        st->crmIds.insert(round.crmItemId);
    QPointer<Canary> self(this);
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    crm::CrmConnector *crmSide = &m_connections.crm();

    auto finish = [st] { st->done(st->problems.join(QStringLiteral("; "))); };
    auto deleteCrm = std::make_shared<std::function<void(QList<QString>)>>();
    *deleteCrm = [self, st, crmSide, deleteCrm, finish](QList<QString> ids) {
        if (!self)
            return;
        if (ids.isEmpty()) {
            const auto keep = std::move(*deleteCrm);
            *deleteCrm = nullptr;
            return finish();
        }
        const QString id = ids.takeFirst();
        crmSide->deleteAppointment(id, [self, st, deleteCrm, ids, id](Status s) {
            if (!self)
                return;
            if (!s.ok() && !gone(s.error()))
                st->problems.append(tr("CRM communication %1 not deleted: %2").arg(id, s.error().message));
            (*deleteCrm)(ids);
        });
    };
    auto deleteExchange = std::make_shared<std::function<void(QList<QString>)>>();
    *deleteExchange = [self, st, exchange, deleteExchange, deleteCrm](QList<QString> ids) {
        if (!self)
            return;
        if (ids.isEmpty()) {
            const auto keep = std::move(*deleteExchange);
            *deleteExchange = nullptr;
            return (*deleteCrm)(st->crmIds.values());
        }
        const QString id = ids.takeFirst();
        exchange->deleteEvent(st->round.mailbox, id, QString(), [self, st, deleteExchange, ids, id](Status s) {
            if (!self)
                return;
            if (!s.ok() && !gone(s.error()))
                st->problems.append(tr("Exchange item %1 not deleted: %2").arg(id, s.error().message));
            (*deleteExchange)(ids);
        });
    };
    // The CRM records that carry the Exchange ids found (the mirror of an Exchange→CRM round).
    auto findCrmMirrors = std::make_shared<std::function<void(QList<QString>)>>();
    auto scanCrmFeed = [self, st, crmSide, deleteExchange] {
        if (!self)
            return;
        const bool crmOriginUnknown =
            st->round.direction == CanaryDirection::CrmToExchange && st->round.crmItemId.isEmpty();
        if (!crmOriginUnknown)
            return (*deleteExchange)(st->exchangeIds.values());
        crm::CrmWatermark since;
        since.updatedUtc = st->round.startedUtc.addSecs(-5);
        crmSide->changesSince(since, [self, st, deleteExchange](Result<crm::CrmChanges> changes) {
            if (!self)
                return;
            if (!changes.ok())
                st->problems.append(tr("the CRM change feed could not be searched: %1").arg(changes.error().message));
            else
                for (const crm::CrmAppointment &a : changes.value().appointments) {
                    if (!a.deleted && carries(a.subject, st->round.marker))
                        st->crmIds.insert(a.id);
                }
            (*deleteExchange)(st->exchangeIds.values());
        });
    };
    *findCrmMirrors = [self, st, crmSide, findCrmMirrors, scanCrmFeed](QList<QString> ids) {
        if (!self)
            return;
        if (ids.isEmpty()) {
            const auto keep = std::move(*findCrmMirrors);
            *findCrmMirrors = nullptr;
            return scanCrmFeed();
        }
        const QString id = ids.takeFirst();
        crmSide->findAppointmentByExchangeId(
            id, [self, st, findCrmMirrors, ids](Result<std::optional<crm::CrmAppointment>> found) {
                if (!self)
                    return;
                if (!found.ok())
                    st->problems.append(tr("the CRM could not be searched: %1").arg(found.error().message));
                else if (found.value())
                    st->crmIds.insert(found.value()->id);
                (*findCrmMirrors)(ids);
            });
    };
    if (!exchange) {
        st->problems.append(tr("no Exchange connection"));
        return finish();
    }
    // The Exchange side: the round's slot.
    findInSlot(round, [self, st, findCrmMirrors](Result<QList<exchange::ExchangeEvent>> found) {
        if (!self)
            return;
        QStringList keys;
        if (!st->round.exchangeUid.isEmpty())
            keys.append(st->round.exchangeUid);
        if (!found.ok()) {
            st->problems.append(tr("the canary mailbox could not be searched: %1").arg(found.error().message));
        } else {
            for (const exchange::ExchangeEvent &e : found.value()) {
                st->exchangeIds.insert(e.id);
                if (!e.iCalUId.isEmpty() && !keys.contains(e.iCalUId))
                    keys.append(e.iCalUId); // the CRM record of a meeting keeps its UID as the Exchange id
            }
        }
        (*findCrmMirrors)(keys);
    });
}

void Canary::findInSlot(const CanaryRound &round, std::function<void(Result<QList<exchange::ExchangeEvent>>)> done)
{
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    if (!exchange)
        return done(makeError(ErrorKind::Unavailable, tr("no Exchange connection")));
    struct State {
        CanaryRound round;
        QList<exchange::ExchangeEvent> found;
        std::function<void(Result<QList<exchange::ExchangeEvent>>)> done;
    };
    auto st = std::make_shared<State>();
    st->round = round;
    st->done = std::move(done);
    QPointer<Canary> self(this);
    auto readPage = std::make_shared<std::function<void(QString)>>();
    *readPage = [self, st, exchange, readPage](const QString &cursor) {
        if (!self)
            return;
        exchange->readChanges(
            st->round.mailbox, cursor, st->round.slotStartUtc.addSecs(-60), st->round.slotEndUtc.addSecs(60),
            [self, st, readPage](Result<exchange::ChangePage> page) {
                if (!self)
                    return;
                if (!page.ok()) {
                    const auto keep = std::move(*readPage);
                    *readPage = nullptr;
                    return st->done(page.error());
                }
                for (const exchange::ExchangeEvent &e : page.value().changed) {
                    if (!e.removed && carries(e.subject, st->round.marker))
                        st->found.append(e);
                }
                if (!page.value().last && !page.value().cursorExpired && !page.value().cursor.isEmpty())
                    return (*readPage)(page.value().cursor);
                const auto keep = std::move(*readPage);
                *readPage = nullptr;
                st->done(st->found);
            });
    };
    (*readPage)(QString());
}

} // namespace cxsync::canary
