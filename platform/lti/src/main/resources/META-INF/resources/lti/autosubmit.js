// Sends the signed Deep Linking answer back to the platform as soon as the page is read.
document.getElementById("lti-return").submit();
