#include "SampleUserBuilder.h"

namespace cxsync::sandbox::detail {

namespace {

const QString kDomain = QStringLiteral("contoso.example");

// Case- and accent-insensitive identity of a name: what a lenient first + last name match would compare.
QString nameKey(const QString &given, const QString &surname)
{
    QString key;
    for (const QString &part : {given, surname}) {
        const QString decomposed = part.normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing)
                key.append(c);
        }
        key.append(QChar(u'|'));
    }
    return key;
}

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

} // namespace

void SampleUserBuilder::build(int count)
{
    // Special people, in priority order; the ambiguous pair counts as two.
    const QList<Category> special{
        Category::Sync,         Category::ByEmail,    Category::ByNameOnly,       Category::ByAlias,
        Category::ExchangeOnly, Category::CrmOnly,    Category::DisabledExchange, Category::Ambiguous,
        Category::CrmResource,  Category::DisabledCrm};
    for (Category category : special) {
        const int remaining = count - int(m_data.users.size());
        if (remaining <= 0)
            break;
        switch (category) {
        case Category::Sync:
            addSync();
            break;
        case Category::ByEmail:
            add(Category::ByEmail, {"Zoë", "zoe"}, {"Ångström", "angstrom"});
            m_data.users.last().crmEmail = QStringLiteral("Zoe.Angstrom@Contoso.Example");
            break;
        case Category::ByNameOnly:
            add(Category::ByNameOnly, {"ليلى", "layla"}, {"حداد", "haddad"});
            m_data.users.last().crmEmail.clear();
            break;
        case Category::ByAlias:
            add(Category::ByAlias, {"Łukasz", "lukasz"}, {"Żółw", "zolw"});
            break;
        case Category::ExchangeOnly:
            add(Category::ExchangeOnly, {"José", "jose"}, {"Núñez", "nunez"});
            break;
        case Category::CrmOnly:
            add(Category::CrmOnly, {"Søren", "soren"}, {"Kjær", "kjaer"});
            break;
        case Category::DisabledExchange:
            add(Category::DisabledExchange, {"Chloé", "chloe"}, {"Dubois", "dubois"});
            if (count == 10) // no room for a separate disabled CRM user: she left on both sides
                m_data.users.last().crmDisabled = true;
            break;
        case Category::Ambiguous:
            if (remaining < 2)
                break; // does not fit; the next categories might
            add(Category::Ambiguous, {"Anna", "anna"}, {"Berg", "berg"});
            m_data.users.last().crmEmail.clear();
            add(Category::Ambiguous, {"Anna", "anna"}, {"Berg", "berg"}, /*allowDuplicateName=*/true);
            m_data.users.last().crmEmail = QStringLiteral("a.berg@crm.") + kDomain;
            break;
        case Category::CrmResource:
            add(Category::CrmResource, {"Boardroom", "boardroom"}, {"Orion", "orion"});
            break;
        case Category::DisabledCrm:
            add(Category::DisabledCrm, {"Björn", "bjorn"}, {"Öberg", "oberg"});
            break;
        }
    }
    while (m_data.users.size() < count)
        addRandom();
}

void SampleUserBuilder::addSync()
{
    SampleUser u;
    u.key = nextKey();
    u.givenName = QStringLiteral("CRM");
    u.surname = QStringLiteral("Synchronization");
    u.displayName = QStringLiteral("CRM Synchronization");
    u.hasMailbox = false;
    u.hasCrmUser = true;
    u.crmLogon = uniqueLogon(QStringLiteral("crmsync"));
    u.crmEmail = reserveAddress(QStringLiteral("crm-sync"), kDomain);
    u.crmFirstName = u.givenName;
    u.crmLastName = u.surname;
    u.crmExternalLogon = true;
    m_names.insert(nameKey(u.givenName, u.surname));
    m_data.syncUserKey = u.key;
    QString password;
    for (int i = 0; i < 16; ++i)
        password.append(QChar(char16_t(m_rng.range(0x21, 0x7e))));
    m_data.syncUserPassword = password;
    m_data.users.append(u);
}

void SampleUserBuilder::addRandom()
{
    const int pick = m_rng.weighted({500, 80, 70, 150, 150, 20, 15, 15});
    static const Category byWeight[] = {
        Category::ByEmail, Category::ByNameOnly,       Category::ByAlias,     Category::ExchangeOnly,
        Category::CrmOnly, Category::DisabledExchange, Category::CrmResource, Category::DisabledCrm};
    const Category category = byWeight[pick];
    NamePart given{};
    NamePart surname{};
    bool unique = false;
    for (int attempt = 0; attempt < 40 && !unique; ++attempt) {
        if (category == Category::CrmResource) {
            given = m_rng.pick(resourceKinds());
            surname = m_rng.pick(resourcePlaces());
        } else {
            const int script = m_rng.weighted({90, 3, 3, 2, 2});
            given = m_rng.pick(scripts().at(script).given);
            surname = m_rng.pick(scripts().at(script).surnames);
        }
        unique = !m_names.contains(nameKey(u8(given.text), u8(surname.text)));
    }
    if (!unique) {
        // Pools exhausted (very large N): double-barrelled Latin surnames, then numbered ones.
        const Script &latin = scripts().first();
        for (int n = 0; !unique; ++n) {
            const NamePart a = m_rng.pick(latin.surnames);
            const NamePart b = m_rng.pick(latin.surnames);
            QString text = u8(a.text) + QChar(u'-') + u8(b.text);
            QString ascii = QString::fromLatin1(a.ascii) + QString::fromLatin1(b.ascii);
            if (n >= 40) {
                text += QStringLiteral(" %1").arg(n);
                ascii += QString::number(n);
            }
            if (!m_names.contains(nameKey(u8(given.text), text))) {
                addWith(category, u8(given.text), QString::fromLatin1(given.ascii), text, ascii, false);
                return;
            }
        }
    }
    addWith(category, u8(given.text), QString::fromLatin1(given.ascii), u8(surname.text),
            QString::fromLatin1(surname.ascii), false);
    // Random people vary the CRM side a little.
    SampleUser &u = m_data.users.last();
    if (category == Category::ByEmail && m_rng.percent(25))
        u.crmEmail = caseVariant(u.crmEmail);
    if (category == Category::ByAlias && m_rng.percent(25))
        u.crmEmail = caseVariant(u.crmEmail);
    if (category == Category::ByNameOnly) {
        if (m_rng.percent(50))
            u.crmEmail.clear();
        const int variant = m_rng.weighted({50, 30, 20});
        if (variant == 1) { // accents dropped, as typed on a US keyboard
            u.crmFirstName = capitalized(QString::fromLatin1(given.ascii));
            u.crmLastName = capitalized(QString::fromLatin1(surname.ascii));
            if (nameKey(u.crmFirstName, u.crmLastName) != nameKey(u.givenName, u.surname)) {
                u.crmFirstName = u.givenName; // transliteration, not just accents: keep the name
                u.crmLastName = u.surname;
            }
        } else if (variant == 2) {
            u.crmLastName = u.surname.toUpper();
        }
    }
}

void SampleUserBuilder::add(Category category, NamePart given, NamePart surname, bool allowDuplicateName)
{
    addWith(category, u8(given.text), QString::fromLatin1(given.ascii), u8(surname.text),
            QString::fromLatin1(surname.ascii), allowDuplicateName);
}

void SampleUserBuilder::addWith(Category category, const QString &given, const QString &givenAscii,
                                const QString &surname, const QString &surnameAscii, bool allowDuplicateName)
{
    const QString key = nameKey(given, surname);
    Q_ASSERT(allowDuplicateName || !m_names.contains(key));
    Q_UNUSED(allowDuplicateName)
    m_names.insert(key);

    SampleUser u;
    u.key = nextKey();
    u.givenName = given;
    u.surname = surname;
    u.displayName = given + QChar(u' ') + surname;

    const bool mailbox = category != Category::CrmOnly;
    const bool crm = category != Category::ExchangeOnly;
    u.hasMailbox = mailbox;
    u.hasCrmUser = crm;
    if (mailbox) {
        u.mail = reserveAddress(givenAscii + QChar(u'.') + surnameAscii, kDomain);
        u.accountEnabled = category != Category::DisabledExchange;
    }
    if (category == Category::ByAlias) {
        u.aliases.append(reserveAddress(givenAscii.left(1) + QChar(u'.') + surnameAscii, kDomain));
        u.aliases.append(
            reserveAddress(givenAscii + QChar(u'.') + surnameAscii, QStringLiteral("sales.") + kDomain));
    }
    if (crm) {
        u.crmLogon = uniqueLogon(givenAscii.left(1) + surnameAscii);
        u.crmFirstName = given;
        u.crmLastName = surname;
        u.crmResource = category == Category::CrmResource;
        u.crmDisabled = category == Category::DisabledCrm;
        switch (category) {
        case Category::ByAlias:
            u.crmEmail = u.aliases.at(qsizetype(m_rng.below(quint64(u.aliases.size()))));
            break;
        case Category::ByNameOnly:
        case Category::Ambiguous:
            // An address no mailbox has: only first + last name can match.
            u.crmEmail =
                reserveAddress(givenAscii + QChar(u'.') + surnameAscii, QStringLiteral("crm.") + kDomain);
            break;
        case Category::CrmOnly:
            u.crmEmail = reserveAddress(givenAscii + QChar(u'.') + surnameAscii, kDomain);
            break;
        default:
            u.crmEmail = u.mail;
            break;
        }
    }
    m_data.users.append(u);
}

QString SampleUserBuilder::nextKey() const
{
    return QStringLiteral("u%1").arg(m_data.users.size() + 1, 4, 10, QChar(u'0'));
}

QString SampleUserBuilder::uniqueLogon(const QString &base)
{
    QString logon = base;
    for (int n = 2; m_logons.contains(logon); ++n)
        logon = base + QString::number(n);
    m_logons.insert(logon);
    return logon;
}

QString SampleUserBuilder::reserveAddress(const QString &local, const QString &domain)
{
    QString address = local + QChar(u'@') + domain;
    for (int n = 2; m_addresses.contains(address.toLower()); ++n)
        address = local + QString::number(n) + QChar(u'@') + domain;
    m_addresses.insert(address.toLower());
    return address;
}

QString SampleUserBuilder::caseVariant(const QString &address)
{
    switch (m_rng.range(0, 2)) {
    case 0:
        return address.toUpper();
    case 1: {
        QString out = address;
        bool start = true;
        for (QChar &c : out) {
            if (start)
                c = c.toUpper();
            start = c == u'.' || c == u'@';
        }
        return out;
    }
    default: {
        const qsizetype at = address.indexOf(QChar(u'@'));
        return address.left(at).toUpper() + address.mid(at);
    }
    }
}

} // namespace cxsync::sandbox::detail
