#include "views/databasepage.h"

#include "settings/databasepassword.h"
#include "settings/storesetting.h"
#include "storage/sessionstore.h"
#include "storage/storelocation.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString SslMode = QStringLiteral("sslmode");
const QString SslRootCert = QStringLiteral("sslrootcert");

// `url` with `key` set to `value` (removed when empty).
QString withOption(const QString &url, const QString &key, const QString &value)
{
    QUrl parsed(url);
    QUrlQuery query(parsed);
    query.removeAllQueryItems(key);
    if (!value.isEmpty())
        query.addQueryItem(key, value);
    parsed.setQuery(query);
    return parsed.toString();
}

QString option(const QString &url, const QString &key)
{
    return QUrlQuery(QUrl(url)).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

DatabasePage::DatabasePage(
    const QString &inUse, const QString &saved, const QString &keychainService, QWidget *parent)
    : QWidget(parent)
    , m_keychainService(keychainService)
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_check(new QPushButton(tr("Chec&k"), this))
    , m_status(new QLabel(this))
{
    m_location->setPlaceholderText(tr("A file (~/chats.sqlite) or postgresql://user@host:5432/database"));
    m_location->setAccessibleName(tr("Database file or PostgreSQL URL"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    m_password->setPlaceholderText(tr("Kept in the system keychain; empty: the saved one or ~/.pgpass"));
    // libpq's sslmode values; "" leaves it to the URL or libpq's default (prefer).
    m_tls->addItem(tr("Default (TLS when the server offers it)"), QString());
    m_tls->addItem(tr("Off"), QStringLiteral("disable"));
    m_tls->addItem(tr("Required"), QStringLiteral("require"));
    m_tls->addItem(tr("Required, certificate checked"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Required, certificate and host name checked"), QStringLiteral("verify-full"));
    m_tls->setAccessibleName(tr("TLS"));
    m_caFile->setPlaceholderText(tr("The system's certificates"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server messages and paths, never markup

    // The TLS choices are shown in their own fields, not in the URL.
    QString shown = saved.isEmpty() ? inUse : saved;
    if (StoreLocation::looksLikeUrl(shown)) {
        const int mode = m_tls->findData(option(shown, SslMode));
        m_tls->setCurrentIndex(qMax(0, mode));
        m_caFile->setText(option(shown, SslRootCert));
        shown = withOption(withOption(shown, SslMode, {}), SslRootCert, {});
    }
    m_location->setText(shown);
    m_initial = location();

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Database File"), m_location->text(),
            tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_location->setText(file);
    });
    connect(m_check, &QPushButton::clicked, this, &DatabasePage::check);
    connect(m_location, &QLineEdit::textChanged, this, [this] {
        m_status->clear();
        updateFields();
    });

    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_browse);
    auto *intro = new QLabel(tr("Chats are kept in an SQLite file on this computer, or on a PostgreSQL "
                                "server shared by several computers. The choice is used from the next "
                                "start (--db on the command line still wins); when it changes, Confab "
                                "offers to copy the chats there."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Database:"), where);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("C&A certificate:"), m_caFile);
    form->addRow(QString(), m_check);
    form->addRow(m_status);
    updateFields();
}

void DatabasePage::updateFields()
{
    const bool server = StoreLocation::looksLikeUrl(m_location->text().trimmed());
    m_password->setEnabled(server);
    m_tls->setEnabled(server);
    m_caFile->setEnabled(server);
}

QString DatabasePage::location() const
{
    const QString text = m_location->text().trimmed();
    // "~/chats.sqlite", as the placeholder says: no shell expands it here.
    if (text.startsWith(QLatin1String("~/")))
        return QDir::homePath() + text.mid(1);
    if (!StoreLocation::looksLikeUrl(text))
        return text;
    QString url = text;
    if (const QString mode = m_tls->currentData().toString(); !mode.isEmpty())
        url = withOption(url, SslMode, mode);
    if (const QString ca = m_caFile->text().trimmed(); !ca.isEmpty())
        url = withOption(url, SslRootCert, ca);
    return url;
}

QString DatabasePage::password() const
{
    return StoreLocation::looksLikeUrl(location()) ? m_password->text() : QString();
}

bool DatabasePage::isEdited() const
{
    return location() != m_initial || !password().isEmpty();
}

bool DatabasePage::fail(const QString &message)
{
    m_status->setText(tr("Confab cannot use this database: %1").arg(message));
    return false;
}

bool DatabasePage::check()
{
    const QString where = location();
    if (const QString problem = SessionStore::pathProblem(where); !problem.isEmpty())
        return fail(problem);
    SessionStore probe;
    probe.setExternalPollInterval(0);
    QString target = where;
    if (StoreLocation::parse(where).isPostgres()) {
        QString password = m_password->text();
        if (password.isEmpty()) {
            QString error;
            const std::optional<QString> stored = DatabasePassword::read(where, &error, m_keychainService);
            if (!stored)
                return fail(tr("the keychain refused access to the password: %1").arg(error));
            password = *stored;
        }
        probe.setPassword(password);
        // A host that does not answer is an error in seconds, not after libpq's long default.
        if (option(where, QStringLiteral("connect_timeout")).isEmpty())
            target = withOption(where, QStringLiteral("connect_timeout"), QStringLiteral("5"));
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = probe.open(target);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return fail(probe.lastError());
    m_status->setText(tr("Confab can open this database."));
    return true;
}

bool DatabasePage::apply(QSettings *settings)
{
    if (!isEdited())
        return true;
    if (!check())
        return false;
    const QString where = location();
    if (!password().isEmpty()) {
        QString error;
        if (!DatabasePassword::write(where, password(), &error, m_keychainService))
            return fail(tr("the keychain did not keep the password: %1").arg(error));
    }
    StoreSetting::save(settings, where);
    return true;
}
