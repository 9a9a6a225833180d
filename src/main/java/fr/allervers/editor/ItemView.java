package fr.allervers.editor;

/** Every item view carries its id and the version a later update must send back. */
interface ItemView {

    Long id();

    long version();
}
