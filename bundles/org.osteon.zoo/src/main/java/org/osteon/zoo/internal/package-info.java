/** Implementation of org.osteon.zoo; not API. */
package org.osteon.zoo.internal;
