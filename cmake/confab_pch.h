// The Qt headers most Confab files include, precompiled once per library (and shared by the
// tests on GCC) when CONFAB_PCH is on, as scripts/test.sh builds: a cold build, as on CI, spends
// most of its time parsing them. Picked by the Qt modules the target links. Never a substitute
// for a file's own #includes: the default build, without it, must compile. No QtTest: its
// headers read QT_TESTCASE_BUILDDIR, which Qt sets per test, and GCC would refuse the shared one.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

#ifdef QT_GUI_LIB
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#endif
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>
#endif
#ifdef QT_NETWORK_LIB
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#endif
#ifdef QT_SQL_LIB
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#endif
