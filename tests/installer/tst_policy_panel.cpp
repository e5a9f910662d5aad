// Group Policy in the control panel (issue 17): a policy-managed setting is shown with the policy's value,
// read-only, saying where it comes from; the others stay editable.
#include "ControlPanelWindow.h"
#include "config/LayeredSecretStore.h"
#include "config/MemorySecretStore.h"
#include "config/Settings.h"
#include "profile/Profile.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cxsync;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(data);
}

} // namespace

class TestPolicyPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void policyValuesAreReadOnly()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u("cxsync.ini"));
        const QString policy = dir.filePath(u("policy.ini"));
        writeFile(ini, "[crm]\nserver=crm.admin.example\npath=crm\n");
        writeFile(policy,
                  "[crm]\nserver=crm.policy.example\n[options]\ndiagnosticMode=true\n[server]\nrole=crm\n");
        qputenv("CXSYNC_POLICY_FILE", policy.toUtf8());
        auto opened = Settings::open(ini);
        qunsetenv("CXSYNC_POLICY_FILE");
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Settings &settings = *opened.value();
        MemorySecretStore memory;
        LayeredSecretStore secrets(&memory);
        Profile profile(settings, secrets);
        ControlPanelWindow window(profile, secrets);
        window.show();

        auto *server = window.findChild<QLineEdit *>(Keys::CrmServer);
        QVERIFY(server);
        QCOMPARE(server->text(), u("crm.policy.example"));
        QVERIFY(!server->isEnabled());
        QVERIFY2(server->toolTip().contains(policy), qPrintable(server->toolTip()));
        auto *diagnostic = window.findChild<QCheckBox *>(Keys::DiagnosticMode);
        QVERIFY(diagnostic);
        QVERIFY(diagnostic->isChecked());
        QVERIFY(!diagnostic->isEnabled());
        for (const char *name : {"server/role:crm", "server/role:exchange"}) {
            auto *role = window.findChild<QRadioButton *>(u(name));
            QVERIFY(role);
            QVERIFY(!role->isEnabled());
        }
        // not managed: editable as before
        auto *path = window.findChild<QLineEdit *>(Keys::CrmPath);
        QVERIFY(path);
        QCOMPARE(path->text(), u("crm"));
        QVERIFY(path->isEnabled());
        QVERIFY(path->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestPolicyPanel)
#include "tst_policy_panel.moc"
