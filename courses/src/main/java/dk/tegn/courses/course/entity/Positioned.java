package dk.tegn.courses.course.entity;

/** An entry of an ordered list that the author can reorder by dragging. */
interface Positioned {

  void placeAt(int position);
}
