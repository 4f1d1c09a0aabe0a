#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

// Settings › Database: where the chats are kept, an SQLite file (Browse…) or a PostgreSQL
// server (a postgresql:// URL, its password to the keychain, the TLS mode and CA file passed to
// libpq in the URL). check() opens the store entered to see that it works; apply() (the
// dialog's OK) then saves it for the next start (StoreSetting). The caller offers to copy the
// history when the store changed (StoreSwitch).
class DatabasePage : public QWidget
{
    Q_OBJECT
public:
    // `inUse`: the store of this run; `saved`: the one Settings chose (empty: none);
    // `keychainService`: where the password goes (the app's ApiKeyStore service).
    DatabasePage(const QString &inUse, const QString &saved, const QString &keychainService,
        QWidget *parent = nullptr);

    QLineEdit *locationEdit() const { return m_location; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *statusLabel() const { return m_status; }

    // The store as entered: the file, or the URL with the TLS choices among its options.
    QString location() const;
    QString password() const;
    // Something was changed on the page since it opened.
    bool isEdited() const;
    // Opens the store entered (creating the file, or the schema on the server): true if it
    // works; otherwise the status line says why.
    bool check();
    // When edited: check(), then the location to `settings` and a typed password to the
    // keychain. False (the status says why) saves nothing.
    bool apply(QSettings *settings);

private:
    void updateFields();
    bool fail(const QString &message);

    QString m_initial;
    QString m_keychainService;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_check;
    QLabel *m_status;
};
