#pragma once

#include <QtGlobal>

// Whether a process with this id runs on this machine (used to tell a crashed writer of a
// streaming reply from a live one). Errs on "running" when it cannot tell.
bool isProcessRunning(qint64 pid);
