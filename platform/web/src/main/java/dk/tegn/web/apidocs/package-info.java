/** /api-docs: the OpenAPI document drawn for people with Swagger UI, served from Tegn itself. */
package dk.tegn.web.apidocs;
