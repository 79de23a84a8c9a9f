/* SPDX-License-Identifier: ISC */
/* diplograph: news articles about multilateral diplomacy → an RDF knowledge
 * graph. The pipeline, one header per stage:
 *   read (article.h, reader.h) → normalise (text.h) → recognise (recognise.h, with
 *   lexicon.h and dates.h; output in document.h) → resolve (resolve.h) →
 *   build graph (graph.h) → write (writer.h, model.h); then query (store.h). */
#pragma once

#include "diplograph/article.h"
#include "diplograph/dates.h"
#include "diplograph/document.h"
#include "diplograph/graph.h"
#include "diplograph/lexicon.h"
#include "diplograph/model.h"
#include "diplograph/reader.h"
#include "diplograph/recognise.h"
#include "diplograph/resolve.h"
#include "diplograph/status.h"
#include "diplograph/store.h"
#include "diplograph/text.h"
#include "diplograph/writer.h"
