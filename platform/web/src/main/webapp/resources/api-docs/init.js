// Draws the OpenAPI document into #swagger-ui. A file of its own, not inline: the pages'
// Content-Security-Policy allows scripts from Tegn only.
(function () {
  var target = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: target.getAttribute('data-url'),
    domNode: target,
    deepLinking: true,
    showExtensions: true,
    withCredentials: true,
    tryItOutEnabled: false
  });
})();
