#include "network/replysizelimit.h"

#include <QNetworkReply>

namespace {
constexpr char CutProperty[] = "confabCutAtSizeLimit";
}

void ReplySizeLimit::apply(QNetworkReply *reply, qint64 maxBytes)
{
    // readyRead, not downloadProgress: Qt emits the latter at most every 150 ms, so a fast
    // server could deliver everything before the first one.
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, maxBytes] {
        if (reply->bytesAvailable() > maxBytes && !wasCut(reply)) {
            reply->setProperty(CutProperty, true);
            reply->abort();
        }
    });
}

bool ReplySizeLimit::wasCut(const QNetworkReply *reply)
{
    return reply->property(CutProperty).toBool();
}
