#pragma once

#include <QtGlobal>

class QNetworkReply;

// QNetworkReply keeps a body nobody has read yet in memory, so an answer that is read only
// when it has finished (a server's context, a token count) could grow without end. This ends
// such a reply once more than `maxBytes` have arrived; it then finishes with
// OperationCanceledError and wasCut() says why.
namespace ReplySizeLimit {
void apply(QNetworkReply *reply, qint64 maxBytes);
bool wasCut(const QNetworkReply *reply);
} // namespace ReplySizeLimit
