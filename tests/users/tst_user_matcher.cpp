// The user matcher as a specification: each row is a small directory and CRM (and journal), and the plan it
// must give, item by item ("action rule crm-logon mailbox-id", "-" where absent). Pure: no network, no files.
#include "users/UserMatcher.h"

#include <QTest>
#include <QTimeZone>

using namespace cxsync;
using namespace cxsync::users;
using crm::CrmUser;
using exchange::ExchangeUser;

using Mailboxes = QList<ExchangeUser>;
using CrmUsers = QList<CrmUser>;
using Links = QList<UserLink>;
Q_DECLARE_METATYPE(Mailboxes)
Q_DECLARE_METATYPE(CrmUsers)
Q_DECLARE_METATYPE(Links)

namespace {

const QString kServer = QStringLiteral("graph:contoso.example");

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ExchangeUser mbx(const QString &id, const QString &mail, const QString &given, const QString &surname,
                 const QStringList &aliases = {}, bool enabled = true)
{
    ExchangeUser user;
    user.id = id;
    user.mail = mail;
    user.upn = mail.isEmpty() ? id + QStringLiteral("@contoso.example") : mail;
    user.givenName = given;
    user.surname = surname;
    user.displayName = given + QLatin1Char(' ') + surname;
    user.aliases = aliases;
    user.enabled = enabled;
    return user;
}

enum Flag { None = 0, Deleted = 1, Disabled = 2, Resource = 4 };

CrmUser cu(const QString &id, const QString &logon, const QString &first, const QString &last,
           const QString &email, int flags = None)
{
    CrmUser user;
    user.id = id;
    user.logon = logon;
    user.firstName = first;
    user.lastName = last;
    user.email = email;
    user.deleted = flags & Deleted;
    user.disabled = flags & Disabled;
    user.resource = flags & Resource;
    return user;
}

CrmUser withId(CrmUser user, const QString &exchangeUserId, const QString &server = kServer)
{
    user.exchangeUserId = exchangeUserId;
    user.exchangeServer = exchangeUserId.isEmpty() ? QString() : server;
    return user;
}

UserLink linked(const CrmUser &user, const ExchangeUser &mailbox, MatchRule rule)
{
    UserLink link;
    link.crmUserId = user.id;
    link.crmLogon = user.logon;
    link.exchangeServer = kServer;
    link.exchangeUserId = mailbox.id;
    link.mailbox = mailbox.mail;
    link.rule = rule;
    link.state = LinkState::Linked;
    return link;
}

UserLink excluded(const CrmUser &user)
{
    UserLink link;
    link.crmUserId = user.id;
    link.crmLogon = user.logon;
    link.state = LinkState::Excluded;
    link.excludedUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    return link;
}

QStringList summary(const UserSyncPlan &plan)
{
    QStringList lines;
    for (const UserPlanItem &item : plan.items) {
        const QString rule = ruleName(item.rule);
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(actionName(item.action), rule.isEmpty() ? QStringLiteral("-") : rule,
                              item.crmUser ? item.crmUser->logon : QStringLiteral("-"),
                              item.mailbox ? item.mailbox->id : QStringLiteral("-")));
    }
    lines.sort();
    return lines;
}

MatchOptions options(bool create)
{
    MatchOptions o;
    o.exchangeServer = kServer;
    o.createUsers = create;
    return o;
}

} // namespace

class TestUserMatcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<Mailboxes>("mailboxes");
        QTest::addColumn<CrmUsers>("crm");
        QTest::addColumn<Links>("journal");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QStringList>("expected");

        const ExchangeUser alice = mbx(QStringLiteral("m1"), QStringLiteral("alice.ames@contoso.example"),
                                       QStringLiteral("Alice"), QStringLiteral("Ames"));
        const CrmUser aliceCrm = cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                                    QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"));

        QTest::newRow("the Exchange user id stored on the CRM user → link by id (even with another e-mail)")
            << Mailboxes{alice}
            << CrmUsers{withId(cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("A."),
                                  QStringLiteral("Someone"), QStringLiteral("old@crm.example")),
                               QStringLiteral("m1"))}
            << Links{} << false << QStringList{QStringLiteral("link id aames m1")};
        QTest::newRow("stored id, the journal agrees → unchanged, keeping the rule it was linked by")
            << Mailboxes{alice} << CrmUsers{withId(aliceCrm, QStringLiteral("m1"))}
            << Links{linked(aliceCrm, alice, MatchRule::PrimarySmtp)} << false
            << QStringList{QStringLiteral("unchanged email aames m1")};
        QTest::newRow("CRM e-mail = primary SMTP address in another letter case → link by e-mail")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("Zoe.Angstrom@Contoso.Example"), u("Zoë"),
                             u("Ångström"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("zangstrom"), u("Zoë"), u("Ångström"),
                           QStringLiteral("ZOE.ANGSTROM@CONTOSO.EXAMPLE"))}
            << Links{} << true << QStringList{QStringLiteral("link email zangstrom m1")};
        QTest::newRow("CRM e-mail is one of the mailbox's aliases → link by alias")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("lukasz.zolw@contoso.example"), u("Łukasz"),
                             u("Żółw"),
                             {QStringLiteral("l.zolw@contoso.example"),
                              QStringLiteral("lukasz.zolw@sales.contoso.example")})}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("lzolw"), u("Łukasz"), u("Żółw"),
                           QStringLiteral("Lukasz.Zolw@Sales.Contoso.Example"))}
            << Links{} << true << QStringList{QStringLiteral("link alias lzolw m1")};
        QTest::newRow("no e-mail in the CRM, first + last name unique on both sides → link by name")
            << Mailboxes{alice}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                           QStringLiteral("Ames"), QString())}
            << Links{} << true << QStringList{QStringLiteral("link name aames m1")};
        QTest::newRow("name typed without accents and in capitals in the CRM → still the same name")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("jose.nunez@contoso.example"), u("José"),
                             u("Núñez"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("jnunez"), QStringLiteral("Jose"),
                           QStringLiteral("NUNEZ"), QStringLiteral("jose.nunez@crm.contoso.example"))}
            << Links{} << true << QStringList{QStringLiteral("link name jnunez m1")};
        QTest::newRow("unicode (right-to-left) names → link by name")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("layla.haddad@contoso.example"), u("ليلى"),
                             u("حداد"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("lhaddad"), u("ليلى"), u("حداد"), QString())}
            << Links{} << true << QStringList{QStringLiteral("link name lhaddad m1")};
        QTest::newRow("a different name is no match → CRM user skipped, mailbox created")
            << Mailboxes{alice}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("bbrown"), QStringLiteral("Bob"),
                           QStringLiteral("Brown"), QString())}
            << Links{} << true
            << QStringList{QStringLiteral("create created - m1"), QStringLiteral("skip - bbrown -")};
        QTest::newRow("ambiguous names: two of each → all four in conflict, nothing linked or created")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("anna.berg@contoso.example"),
                             QStringLiteral("Anna"), QStringLiteral("Berg")),
                         mbx(QStringLiteral("m2"), QStringLiteral("anna.berg2@contoso.example"),
                             QStringLiteral("Anna"), QStringLiteral("Berg"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aberg"), QStringLiteral("Anna"),
                           QStringLiteral("Berg"), QString()),
                        cu(QStringLiteral("2"), QStringLiteral("aberg2"), QStringLiteral("Anna"),
                           QStringLiteral("Berg"), QStringLiteral("a.berg@crm.contoso.example"))}
            << Links{} << true
            << QStringList{QStringLiteral("conflict - - m1"), QStringLiteral("conflict - - m2"),
                           QStringLiteral("conflict name aberg -"), QStringLiteral("conflict name aberg2 -")};
        QTest::newRow("one CRM user, two mailboxes with its name → conflict, not a guess")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("anna.berg@contoso.example"),
                             QStringLiteral("Anna"), QStringLiteral("Berg")),
                         mbx(QStringLiteral("m2"), QStringLiteral("anna.berg2@contoso.example"),
                             QStringLiteral("Anna"), QStringLiteral("Berg"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aberg"), QStringLiteral("Anna"),
                           QStringLiteral("Berg"), QString())}
            << Links{} << true
            << QStringList{QStringLiteral("conflict - - m1"), QStringLiteral("conflict - - m2"),
                           QStringLiteral("conflict name aberg -")};
        QTest::newRow("two namesakes in the CRM but no mailbox of that name → no conflict, just no match")
            << Mailboxes{}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aberg"), QStringLiteral("Anna"),
                           QStringLiteral("Berg"), QString()),
                        cu(QStringLiteral("2"), QStringLiteral("aberg2"), QStringLiteral("Anna"),
                           QStringLiteral("Berg"), QString())}
            << Links{} << true
            << QStringList{QStringLiteral("skip - aberg -"), QStringLiteral("skip - aberg2 -")};
        QTest::newRow("duplicate e-mails: two CRM users share the mailbox's address → conflict")
            << Mailboxes{alice}
            << CrmUsers{aliceCrm,
                        cu(QStringLiteral("2"), QStringLiteral("aames2"), QStringLiteral("Alice"),
                           QStringLiteral("Ames-Copy"), QStringLiteral("Alice.Ames@contoso.example"))}
            << Links{} << true
            << QStringList{QStringLiteral("conflict - - m1"), QStringLiteral("conflict email aames -"),
                           QStringLiteral("conflict email aames2 -")};
        QTest::newRow("two CRM users carry one mailbox's id → conflict, neither linked")
            << Mailboxes{alice}
            << CrmUsers{withId(aliceCrm, QStringLiteral("m1")),
                        withId(cu(QStringLiteral("2"), QStringLiteral("other"), QStringLiteral("Otto"),
                                  QStringLiteral("Other"), QString()),
                               QStringLiteral("m1"))}
            << Links{} << true
            << QStringList{QStringLiteral("conflict - - m1"), QStringLiteral("conflict id aames -"),
                           QStringLiteral("conflict id other -")};
        QTest::newRow("two CRM users carry one mailbox's id, the journal links one → it stays, the other "
                      "conflicts")
            << Mailboxes{alice}
            << CrmUsers{withId(aliceCrm, QStringLiteral("m1")),
                        withId(cu(QStringLiteral("2"), QStringLiteral("other"), QStringLiteral("Otto"),
                                  QStringLiteral("Other"), QString()),
                               QStringLiteral("m1"))}
            << Links{linked(aliceCrm, alice, MatchRule::PrimarySmtp)} << true
            << QStringList{QStringLiteral("conflict id other -"), QStringLiteral("unchanged email aames m1")};
        QTest::newRow("an e-mail claims a mailbox the stored id gave to another → conflict for the latecomer")
            << Mailboxes{alice}
            << CrmUsers{withId(cu(QStringLiteral("2"), QStringLiteral("first"), QStringLiteral("Fay"),
                                  QStringLiteral("First"), QString()),
                               QStringLiteral("m1")),
                        aliceCrm}
            << Links{} << true
            << QStringList{QStringLiteral("conflict email aames -"), QStringLiteral("link id first m1")};
        QTest::newRow("disabled Exchange account → not linked, not created")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("alice.ames@contoso.example"),
                             QStringLiteral("Alice"), QStringLiteral("Ames"), {}, false)}
            << CrmUsers{aliceCrm} << Links{} << true << QStringList{QStringLiteral("skip email aames m1")};
        QTest::newRow("disabled Exchange account that was linked → unlinked")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("alice.ames@contoso.example"),
                             QStringLiteral("Alice"), QStringLiteral("Ames"), {}, false)}
            << CrmUsers{withId(aliceCrm, QStringLiteral("m1"))}
            << Links{linked(aliceCrm, alice, MatchRule::Name)} << true
            << QStringList{QStringLiteral("unlink id aames m1")};
        QTest::newRow("guest account (#EXT#) → not linked, not created") << Mailboxes{[] {
            ExchangeUser guest = mbx(QStringLiteral("m1"), QStringLiteral("pat@partner.example"),
                                     QStringLiteral("Pat"), QStringLiteral("Partner"));
            guest.upn = QStringLiteral("pat_partner.example#EXT#@contoso.onmicrosoft.com");
            return guest;
        }()} << CrmUsers{} << Links{} << true << QStringList{QStringLiteral("skip - - m1")};
        QTest::newRow("deleted CRM user → not linked, and its mailbox is not created again")
            << Mailboxes{alice}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                           QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"), Deleted)}
            << Links{} << true
            << QStringList{QStringLiteral("skip - - m1"), QStringLiteral("skip email aames -")};
        QTest::newRow("a deleted user's address reused by a new CRM user → the new one is linked")
            << Mailboxes{alice}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aames.old"), QStringLiteral("Alice"),
                           QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"), Deleted),
                        cu(QStringLiteral("2"), QStringLiteral("aames"), QStringLiteral("Alice"),
                           QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"))}
            << Links{} << true
            << QStringList{QStringLiteral("link email aames m1"), QStringLiteral("skip - aames.old -")};
        QTest::newRow("disabled CRM user → not linked, its mailbox not created")
            << Mailboxes{alice}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                           QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"), Disabled)}
            << Links{} << true
            << QStringList{QStringLiteral("skip - - m1"), QStringLiteral("skip email aames -")};
        QTest::newRow("excluded user stays excluded though its e-mail matches")
            << Mailboxes{alice} << CrmUsers{aliceCrm} << Links{excluded(aliceCrm)} << true
            << QStringList{QStringLiteral("skip - - m1"), QStringLiteral("skip email aames -")};
        QTest::newRow("excluded user whose id was typed back into the CRM → cleared again, still excluded")
            << Mailboxes{alice} << CrmUsers{withId(aliceCrm, QStringLiteral("m1"))}
            << Links{excluded(aliceCrm)} << true
            << QStringList{QStringLiteral("skip - - m1"), QStringLiteral("unlink id aames -")};
        QTest::newRow("Exchange user id cleared in the CRM since the last sync → excluded (the legacy way to "
                      "disable)")
            << Mailboxes{alice} << CrmUsers{aliceCrm}
            << Links{linked(aliceCrm, alice, MatchRule::PrimarySmtp)} << true
            << QStringList{QStringLiteral("exclude email aames -"), QStringLiteral("skip - - m1")};
        {
            Mailboxes many;
            CrmUsers crm;
            Links links;
            QStringList expected;
            for (int n = 1; n <= 12; ++n) {
                const QString id = QString::number(n);
                many.append(mbx(QStringLiteral("m") + id, QStringLiteral("user%1@contoso.example").arg(n),
                                QStringLiteral("User"), QStringLiteral("Number%1").arg(n)));
                crm.append(cu(id, QStringLiteral("user") + id, QStringLiteral("User"),
                              QStringLiteral("Number%1").arg(n),
                              QStringLiteral("user%1@contoso.example").arg(n)));
                links.append(linked(crm.last(), many.last(), MatchRule::PrimarySmtp));
                expected.append(QStringLiteral("link id user%1 m%1").arg(n));
            }
            expected.sort();
            QTest::newRow("12 of 12 ids cleared at once (a restored CRM) → put back from the journal, not "
                          "excluded")
                << many << crm << links << true << expected;
        }
        QTest::newRow("mailbox without a CRM user, Create CRM Users on → created as a resource")
            << Mailboxes{alice} << CrmUsers{} << Links{} << true
            << QStringList{QStringLiteral("create created - m1")};
        QTest::newRow("mailbox without a CRM user, Create CRM Users off → skipped")
            << Mailboxes{alice} << CrmUsers{} << Links{} << false
            << QStringList{QStringLiteral("skip - - m1")};
        QTest::newRow("a second mailbox with a linked CRM user's name → not created (no duplicate person)")
            << Mailboxes{alice, mbx(QStringLiteral("m2"), QStringLiteral("alice.admin@contoso.example"),
                                    QStringLiteral("Alice"), QStringLiteral("Ames"))}
            << CrmUsers{aliceCrm} << Links{} << true
            << QStringList{QStringLiteral("link email aames m1"), QStringLiteral("skip - - m2")};
        QTest::newRow("CRM user without any matching mailbox → skipped with a reason")
            << Mailboxes{} << CrmUsers{aliceCrm} << Links{} << true
            << QStringList{QStringLiteral("skip - aames -")};
        QTest::newRow("linked mailbox left the directory, the e-mail finds the new one → relinked by e-mail")
            << Mailboxes{mbx(QStringLiteral("m2"), QStringLiteral("alice.ames@contoso.example"),
                             QStringLiteral("Alice"), QStringLiteral("Ames"))}
            << CrmUsers{withId(aliceCrm, QStringLiteral("m1"))}
            << Links{linked(aliceCrm, alice, MatchRule::Name)} << true
            << QStringList{QStringLiteral("link email aames m2")};
        QTest::newRow("linked mailbox left the directory, nothing else matches → unlinked")
            << Mailboxes{} << CrmUsers{withId(aliceCrm, QStringLiteral("m1"))}
            << Links{linked(aliceCrm, alice, MatchRule::PrimarySmtp)} << true
            << QStringList{QStringLiteral("unlink - aames -")};
        QTest::newRow("CRM user linked by another Exchange server's sync → left alone")
            << Mailboxes{}
            << CrmUsers{withId(aliceCrm, QStringLiteral("EX:/o=Contoso/cn=aames"), QStringLiteral("EXCH01"))}
            << Links{} << true << QStringList{QStringLiteral("skip - aames -")};
        QTest::newRow("one namesake mailbox disabled, one enabled → linked to the enabled one")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("alice.old@contoso.example"),
                             QStringLiteral("Alice"), QStringLiteral("Ames"), {}, false),
                         mbx(QStringLiteral("m2"), QStringLiteral("alice.new@contoso.example"),
                             QStringLiteral("Alice"), QStringLiteral("Ames"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                           QStringLiteral("Ames"), QString())}
            << Links{} << true
            << QStringList{QStringLiteral("link name aames m2"), QStringLiteral("skip - - m1")};
        QTest::newRow("resource CRM user (a room) with the room mailbox's address → linked like anyone")
            << Mailboxes{mbx(QStringLiteral("m1"), QStringLiteral("boardroom.orion@contoso.example"),
                             QStringLiteral("Boardroom"), QStringLiteral("Orion"))}
            << CrmUsers{cu(QStringLiteral("1"), QStringLiteral("borion"), QStringLiteral("Boardroom"),
                           QStringLiteral("Orion"), QStringLiteral("boardroom.orion@contoso.example"),
                           Resource)}
            << Links{} << true << QStringList{QStringLiteral("link email borion m1")};
    }
    void rules()
    {
        QFETCH(Mailboxes, mailboxes);
        QFETCH(CrmUsers, crm);
        QFETCH(Links, journal);
        QFETCH(bool, create);
        QFETCH(QStringList, expected);
        const UserSyncPlan plan = UserMatcher::plan(mailboxes, crm, journal, options(create));
        QCOMPARE(summary(plan), expected);

        // Every link explained: each CRM user and each mailbox in exactly one item, each item with a reason.
        QHash<QString, int> crmSeen;
        QHash<QString, int> mailboxSeen;
        for (const UserPlanItem &item : plan.items) {
            QVERIFY2(!item.reason.isEmpty(), qPrintable(actionName(item.action)));
            if (item.crmUser)
                ++crmSeen[item.crmUser->id];
            if (item.mailbox)
                ++mailboxSeen[item.mailbox->id];
            if (item.action == PlanAction::Link || item.action == PlanAction::Unchanged ||
                item.action == PlanAction::Create)
                QVERIFY(item.rule != MatchRule::None);
        }
        for (const CrmUser &user : crm)
            QCOMPARE(crmSeen.value(user.id), 1);
        for (const ExchangeUser &mailbox : mailboxes)
            QCOMPARE(mailboxSeen.value(mailbox.id), 1);
    }

    void reasonsSayWhy()
    {
        const ExchangeUser alice = mbx(QStringLiteral("m1"), QStringLiteral("alice.ames@contoso.example"),
                                       QStringLiteral("Alice"), QStringLiteral("Ames"));
        const CrmUser a = cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                             QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"));
        const CrmUser b = cu(QStringLiteral("2"), QStringLiteral("aames2"), QStringLiteral("Alice"),
                             QStringLiteral("Ames"), QStringLiteral("ALICE.AMES@contoso.example"));
        const UserSyncPlan plan = UserMatcher::plan({alice}, {a, b}, {}, options(true));
        for (const UserPlanItem &item : plan.items) {
            QCOMPARE(item.action, PlanAction::Conflict);
            QVERIFY2(item.reason.contains(QLatin1String("duplicate e-mail")), qPrintable(item.reason));
            QVERIFY2(item.reason.contains(QLatin1String("alice.ames@contoso.example")),
                     qPrintable(item.reason));
        }
        const UserPlanItem &first = plan.items.first();
        QVERIFY(first.crmUser);
        QVERIFY(first.related.contains(QStringLiteral("alice.ames@contoso.example")));
        QVERIFY(first.related.contains(QStringLiteral("aames2 (Alice Ames)")));

        MatchOptions off = options(false);
        off.creationOffReason = QStringLiteral("no CRM user matches it; Create CRM Users is off");
        const UserSyncPlan none = UserMatcher::plan({alice}, {}, {}, off);
        QCOMPARE(none.items.size(), 1);
        QCOMPARE(none.items.first().reason, off.creationOffReason);
    }

    void linksWriteOnlyWhatDiffers()
    {
        const ExchangeUser alice = mbx(QStringLiteral("m1"), QStringLiteral("alice.ames@contoso.example"),
                                       QStringLiteral("Alice"), QStringLiteral("Ames"));
        const CrmUser a = cu(QStringLiteral("1"), QStringLiteral("aames"), QStringLiteral("Alice"),
                             QStringLiteral("Ames"), QStringLiteral("alice.ames@contoso.example"));
        // CRM already carries the link (a legacy install), the journal does not: journal only.
        const UserSyncPlan legacy =
            UserMatcher::plan({alice}, {withId(a, QStringLiteral("m1"))}, {}, options(true));
        QCOMPARE(legacy.items.first().action, PlanAction::Link);
        QVERIFY(!legacy.items.first().writeCrm);
        // Right id, other server name (the tenant was renamed): the CRM is rewritten.
        const UserSyncPlan renamed =
            UserMatcher::plan({alice}, {withId(a, QStringLiteral("m1"), QStringLiteral("graph:old.example"))},
                              {}, options(true));
        QCOMPARE(renamed.items.first().action, PlanAction::Link);
        QCOMPARE(renamed.items.first().rule, MatchRule::StoredId);
        QVERIFY(renamed.items.first().writeCrm);
        // A fresh link writes both.
        const UserSyncPlan fresh = UserMatcher::plan({alice}, {a}, {}, options(true));
        QVERIFY(fresh.items.first().writeCrm);
        QCOMPARE(fresh.items.first().journalState, LinkState::Linked);
    }

    void nameKey_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("otherFirst");
        QTest::addColumn<QString>("otherLast");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << u("anna") << u("BERG") << u("Anna") << u("Berg") << true;
        QTest::newRow("accents dropped") << u("Zoë") << u("Ångström") << u("Zoe") << u("Angstrom") << true;
        QTest::newRow("spaces") << u(" Anna ") << u("van  Berg") << u("Anna") << u("van Berg") << true;
        QTest::newRow("ø is a letter, not an accent")
            << u("Søren") << u("Kjær") << u("Soren") << u("Kjaer") << false;
        QTest::newRow("first and last swapped") << u("Berg") << u("Anna") << u("Anna") << u("Berg") << false;
        QTest::newRow("arabic") << u("ليلى") << u("حداد") << u("ليلى") << u("حداد") << true;
    }
    void nameKey()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, otherFirst);
        QFETCH(QString, otherLast);
        QFETCH(bool, same);
        QCOMPARE(UserMatcher::nameKey(first, last) == UserMatcher::nameKey(otherFirst, otherLast), same);
        QVERIFY(UserMatcher::nameKey(QString(), last).isEmpty()); // half a name never matches
    }

    void newUserIsAResourceNamedFromTheMailbox()
    {
        ExchangeUser jose =
            mbx(QStringLiteral("m9"), QStringLiteral("José.Núñez@contoso.example"), u("José"), u("Núñez"));
        const CrmUser created = UserMatcher::newUserFor(jose, {}, kServer);
        QCOMPARE(created.logon, QStringLiteral("jose.nunez"));
        QCOMPARE(created.firstName, u("José"));
        QCOMPARE(created.lastName, u("Núñez"));
        QCOMPARE(created.email, u("José.Núñez@contoso.example"));
        QVERIFY(created.resource);
        QVERIFY(!created.disabled);
        QCOMPARE(created.exchangeUserId, QStringLiteral("m9"));
        QCOMPARE(created.exchangeServer, kServer);

        // Taken logons (compared in lower case) get a number.
        const CrmUser second = UserMatcher::newUserFor(jose, {QStringLiteral("jose.nunez")}, kServer);
        QCOMPARE(second.logon, QStringLiteral("jose.nunez2"));
        // Long local parts fit User_Logon's 32 characters, number included.
        ExchangeUser longOne =
            mbx(QStringLiteral("m10"),
                QStringLiteral("a.very.long.local.part.for.a.shared.mailbox@contoso.example"), QString(),
                QString());
        longOne.displayName = QStringLiteral("Shared Mailbox Sales");
        const QString base = QStringLiteral("a.very.long.local.part.for.a.sha");
        const CrmUser longUser = UserMatcher::newUserFor(longOne, {base}, kServer);
        QCOMPARE(longUser.logon.size(), 32);
        QCOMPARE(longUser.logon, base.left(31) + QLatin1Char('2'));
        // No given name / surname: names from the display name.
        QCOMPARE(longUser.firstName, QStringLiteral("Shared Mailbox"));
        QCOMPARE(longUser.lastName, QStringLiteral("Sales"));
        // A local part with no ASCII letters falls back to the names, then to "user".
        ExchangeUser arabic = mbx(QStringLiteral("m11"), u("ليلى@contoso.example"), u("ليلى"), u("حداد"));
        QCOMPARE(UserMatcher::newUserFor(arabic, {}, kServer).logon, QStringLiteral("user"));
    }

    void createdLogonsDoNotCollide()
    {
        // Two mailboxes whose local parts fold to the same logon, and an existing CRM user holding it.
        const UserSyncPlan plan = UserMatcher::plan(
            {mbx(QStringLiteral("m1"), QStringLiteral("jose.nunez@contoso.example"), u("José"), u("Núñez")),
             mbx(QStringLiteral("m2"), u("josé.nuñez@sales.contoso.example"), u("Josef"), u("Nuñez"))},
            {cu(QStringLiteral("1"), QStringLiteral("Jose.Nunez"), QStringLiteral("Joseph"),
                QStringLiteral("Other"), QStringLiteral("joseph@crm.example"))},
            {}, options(true));
        QStringList logons;
        for (const UserPlanItem &item : plan.items) {
            if (item.action == PlanAction::Create)
                logons.append(item.newUser.logon);
        }
        logons.sort();
        QCOMPARE(logons, (QStringList{QStringLiteral("jose.nunez2"), QStringLiteral("jose.nunez3")}));
    }
};

QTEST_GUILESS_MAIN(TestUserMatcher)
#include "tst_user_matcher.moc"
