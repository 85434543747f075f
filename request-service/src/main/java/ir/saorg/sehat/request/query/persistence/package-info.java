/** Lists of requests in MongoDB. */
package ir.saorg.sehat.request.query.persistence;
